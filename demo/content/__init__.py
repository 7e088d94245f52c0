"""Original demo newsroom content for Lord's Press, written for this project."""
