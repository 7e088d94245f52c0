"""Demo newsroom content for Lord's Press: sections, authors and articles.

Every word here is original, written for this project. The city of Ardmere, its
institutions and all named people are invented; real cities and countries appear only
as settings. The module holds plain data only and is consumed by the demo loader.
"""

SECTIONS = [
    {
        "slug": "world",
        "title": "World",
        "intro": "<p>Reporting from beyond the continent, with an eye on the shipping lanes, markets and climate that reach back to our own harbour.</p>",
    },
    {
        "slug": "politics",
        "title": "Politics",
        "intro": "<p>City Hall, the council chamber and the ballot box: how Ardmere is governed, and who pays for it.</p>",
    },
    {
        "slug": "europe",
        "title": "Europe",
        "intro": "<p>From Brussels to Lisbon and Vienna, the decisions and debates shaping the continent, explained without the jargon.</p>",
    },
    {
        "slug": "business",
        "title": "Business",
        "intro": "<p>The port, the shipyards, the high street and the balance sheets behind them. Our business desk follows the money so readers do not have to.</p>",
    },
    {
        "slug": "culture",
        "title": "Culture",
        "intro": "<p>Museums, music, theatre and books, reviewed and reported by critics who live here and pay for their own tickets.</p>",
    },
    {
        "slug": "opinion",
        "title": "Opinion",
        "intro": "<p>Argument, analysis and the paper's own view. Columnists write in a personal capacity; editorials speak for Lord's Press.</p>",
    },
]

AUTHORS = [
    {
        "slug": "esther-ward",
        "name": "Esther Ward",
        "job_title": "Brussels Correspondent",
        "bio": "<p>Esther Ward has covered the European institutions for Lord's Press since 2016, with a particular interest in fisheries, trade and the small print of summit communiqués. Before moving to Brussels she spent six years on the paper's city desk.</p>",
        "links": [
            ("mastodon", "https://press.example.social/@estherward"),
            ("bluesky", "https://bsky.app/profile/estherward.example"),
            ("website", "https://estherward.example"),
        ],
    },
    {
        "slug": "tomas-lind",
        "name": "Tomas Lind",
        "job_title": "City Hall Reporter",
        "bio": "<p>Tomas Lind reports on Ardmere City Council, its budgets and its committees. He has sat through more planning meetings than he cares to count and still reads the appendices.</p>",
        "links": [
            ("bluesky", "https://bsky.app/profile/tomaslind.example"),
            ("x", "https://x.com/example_tlind"),
        ],
    },
    {
        "slug": "marguerite-osei",
        "name": "Marguerite Osei",
        "job_title": "Business Editor",
        "bio": "<p>Marguerite Osei leads the business desk, covering the port, manufacturing and the city's football finances. She trained as an accountant before turning to journalism, and it shows in her fondness for footnotes.</p>",
        "links": [
            ("linkedin", "https://www.linkedin.com/in/example-marguerite-osei"),
            ("mastodon", "https://press.example.social/@mosei"),
        ],
    },
    {
        "slug": "daniel-achterberg",
        "name": "Daniel Achterberg",
        "job_title": "Culture Editor",
        "bio": "<p>Daniel Achterberg writes about museums, music and books. He was previously a bookseller in the old town and a programme editor for the Vell River Festival.</p>",
        "links": [
            ("instagram", "https://www.instagram.com/example_dachterberg"),
            ("website", "https://achterberg.example"),
        ],
    },
    {
        "slug": "ines-carvalho",
        "name": "Inês Carvalho",
        "job_title": "Southern Europe Correspondent",
        "bio": "<p>Inês Carvalho is based in Lisbon and reports on Portugal, Spain and the wider Mediterranean. She writes most often about water, farming and the cost of living, and occasionally about football when nobody is looking.</p>",
        "links": [
            ("bluesky", "https://bsky.app/profile/inescarvalho.example"),
            ("mastodon", "https://lisboa.example.social/@ines"),
        ],
    },
    {
        "slug": "rupert-hale",
        "name": "Rupert Hale",
        "job_title": "Columnist",
        "bio": "<p>Rupert Hale writes a weekly column on the city, its housing and its habits. A former architect, he has lived in four Ardmere districts and complained about all of them in print.</p>",
        "links": [
            ("website", "https://ruperthale.example"),
            ("facebook", "https://www.facebook.com/example.ruperthale"),
        ],
    },
    {
        "slug": "nadia-kowalczyk",
        "name": "Nadia Kowalczyk",
        "job_title": "Transport and Environment Reporter",
        "bio": "<p>Nadia Kowalczyk covers trams, trains, the river and the weather, which in Ardmere are often the same story. She joined Lord's Press from a regional broadcaster in 2019.</p>",
        "links": [
            ("mastodon", "https://press.example.social/@nadiak"),
            ("youtube", "https://www.youtube.com/@example-nadiak"),
        ],
    },
    {
        "slug": "jonah-whitcombe",
        "name": "Jonah Whitcombe",
        "job_title": "Foreign Editor",
        "bio": "<p>Jonah Whitcombe edits the world pages and writes on shipping, commodities and climate diplomacy. He has reported from more than thirty countries, most recently from the Panama Canal and the South Atlantic.</p>",
        "links": [
            ("bluesky", "https://bsky.app/profile/jonahwhitcombe.example"),
            ("linkedin", "https://www.linkedin.com/in/example-jonah-whitcombe"),
        ],
    },
    {
        "slug": "saoirse-dunleavy",
        "name": "Saoirse Dunleavy",
        "job_title": "Chief Photographer",
        "bio": "<p>Saoirse Dunleavy has photographed Ardmere for Lord's Press for twelve years, from council chambers to cup finals. Her book of harbour portraits was published in 2021.</p>",
        "links": [
            ("instagram", "https://www.instagram.com/example_sdunleavy"),
            ("website", "https://dunleavy.example"),
        ],
    },
    {
        "slug": "staff-writers",
        "name": "Staff Writers",
        "job_title": "Lord's Press newsroom",
        "bio": "<p>Articles credited to Staff Writers are reported and edited by several members of the Lord's Press newsroom working together, including our editorials.</p>",
        "short_bio": "Stories under this byline are reported and edited by several members of the Lord's Press newsroom together.",
        "links": [],
    },
]

ARTICLES = [
    # ------------------------------------------------------------------ politics
    {
        "section": "politics",
        "slug": "council-approves-vell-embankment-budget",
        "headline": "Council approves €48m plan to shore up the Vell embankments before winter",
        "standfirst": "After a five-hour debate, councillors voted 31 to 18 to fund the largest flood-defence programme in a generation, paid for partly by a new levy on riverside developers.",
        "dateline": "ARDMERE",
        "days_ago": 0,
        "authors": [("tomas-lind", "Reporting"), ("nadia-kowalczyk", "Additional reporting")],
        "tags": ["city council", "budget", "water", "climate"],
        "hero": {
            "subject": "Flood gates on the River Vell at dusk",
            "caption": "The Saltmarket flood gates, installed in 1978, are among the structures due to be replaced under the plan.",
            "credit": "Saoirse Dunleavy/Lord's Press",
        },
        "syndication": None,
        "body": [
            (
                "paragraph",
                "<p>Ardmere City Council last night approved a €48m programme to rebuild and raise the embankments along the River Vell, ending more than two years of argument over how the city should prepare for the winter storms that have flooded parts of the old town three times since 2019.</p>",
            ),
            (
                "paragraph",
                "<p>The measure passed by 31 votes to 18 after a five-hour debate in which opposition councillors accused the ruling Civic Alliance of loading the cost onto future budgets. Two members of the Liberal Group broke ranks to support the plan, which will be financed through a mix of borrowing, a national resilience grant and a new levy on developers building within 200 metres of the river.</p>",
            ),
            (
                "paragraph",
                "<p>Works will begin in the spring on the most vulnerable stretch, a 1.4km section between the Saltmarket and the Ferrygate bridge, where engineers found last year that parts of the nineteenth-century stone wall had shifted by as much as eleven centimetres. Temporary barriers will stay in place along that section through the coming winter.</p>",
            ),
            (
                "paragraph",
                "<p>The engineering work itself will be substantial. Along the most vulnerable section, contractors will drive steel sheet piles up to fourteen metres into the riverbed behind the existing stone wall, which will be repaired and kept as a facing. The crest of the embankment will be raised by between 60 and 90 centimetres, enough, the council's engineers say, to withstand a flood of the severity expected once in two hundred years under current climate projections. Several historic mooring rings and a flight of river steps will be removed, catalogued and reinstated once the work is complete.</p>",
            ),
            ("subheading", "A levy on riverside building"),
            (
                "paragraph",
                "<p>The developer levy proved the most contentious element. Set at €35 per square metre of new floor space, it is expected to raise about €9m over ten years. Councillor Pieter Raines, who chairs the finance committee, told the chamber that those who profit most from a view of the water should contribute to keeping it out of people's kitchens.</p>",
            ),
            (
                "pull_quote",
                {
                    "quote": "We are not spending this money because we want to. We are spending it because the river has already sent us the invoice.",
                    "attribution": "Pieter Raines",
                    "role": "Chair, finance committee",
                },
            ),
            (
                "paragraph",
                "<p>Representatives of the building industry had lobbied against the levy, warning that it could delay schemes already struggling with higher interest rates. The Ardmere Builders' Association said in a statement after the vote that it would 'study the detail carefully' and did not rule out a legal challenge, although several of its members privately acknowledged that the sum was smaller than they had feared.</p>",
            ),
            (
                "paragraph",
                "<p>Councillor Ilse Darrow, who leads the opposition Harbour Left group, said her members supported flood defences in principle but could not back a plan that relied so heavily on borrowing. She argued that the council should have pressed for a larger share of the cost to be met by the national government, which she said had 'left river cities to fend for themselves'.</p>",
            ),
            ("subheading", "Residents wait for the detail"),
            (
                "paragraph",
                "<p>In the Saltmarket, where water reached the ground floor of more than 60 homes in January last year, residents greeted the news with cautious relief. Marta Feeney, who runs a hardware shop on Quay Lane, said she had spent €14,000 on repairs and new flood doors. 'I will believe it when I see the diggers,' she said. 'But at least somebody has finally written down a date.'</p>",
            ),
            (
                "paragraph",
                "<p>Engineers from the council's infrastructure department are due to publish a detailed schedule next month, including plans for temporary road closures along the embankment. The city has also promised a public consultation on the design of a raised promenade on the northern bank, which would double as a flood wall and is intended to replace an underused car park.</p>",
            ),
            (
                "image",
                {
                    "subject": "Sandbags stacked outside a shop on Quay Lane",
                    "caption": "Sandbags remain outside several businesses on Quay Lane, which flooded in January last year.",
                    "credit": "Saoirse Dunleavy/Lord's Press",
                    "alt": "A row of white sandbags piled against the glass door of a small shop on a narrow cobbled street, with the river visible at the end of the lane.",
                },
            ),
            (
                "paragraph",
                '<p>Environmental groups broadly welcomed the decision, though the <a href="https://vellrivers.example/news/embankment-plan">Vell Rivers Trust</a> said it was disappointed that the plan set aside only modest funding for restoring wetlands upstream, which can slow floodwater before it reaches the city. The trust\'s director, Agnes Holt, said concrete alone would not be enough as rainfall patterns became more extreme.</p>',
            ),
            (
                "paragraph",
                "<p>The vote comes at a delicate moment for the mayor, Hanne Corvell, who survived a confidence vote this week over a separate dispute about the city's tram maintenance contract. Allies said the flood plan, one of her central election promises, would help her regain the initiative before the budget round in the autumn.</p>",
            ),
            ("related_article", "mayor-survives-confidence-vote-over-tram-contract"),
            (
                "contributor_note",
                "Nadia Kowalczyk and Saoirse Dunleavy contributed to this report.",
            ),
        ],
    },
    {
        "section": "politics",
        "slug": "mayor-survives-confidence-vote-over-tram-contract",
        "headline": "Mayor survives confidence vote over tram maintenance contract",
        "standfirst": "Hanne Corvell won the backing of 29 councillors after publishing correspondence she said showed the contract had been properly tendered. Her opponents say questions remain.",
        "dateline": "ARDMERE",
        "days_ago": 1,
        "authors": [("tomas-lind", "")],
        "tags": ["city council", "transport", "elections"],
        "hero": {
            "subject": "The mayor leaving the council chamber",
            "caption": "Hanne Corvell leaves the chamber after the vote on Tuesday evening.",
            "credit": "Saoirse Dunleavy/Lord's Press",
        },
        "syndication": None,
        "body": [
            (
                "paragraph",
                "<p>Ardmere's mayor, Hanne Corvell, survived a vote of no confidence on Tuesday evening, defeating an opposition motion by 29 votes to 22 after a bruising week of argument over the award of the city's tram maintenance contract. It was the first such motion against a sitting mayor since 2011.</p>",
            ),
            (
                "paragraph",
                "<p>The motion, tabled by the Harbour Left and supported by the Ardmere Greens, accused the mayor's office of steering a €120m, eight-year contract towards Rellan Rail Services, a company whose regional director previously worked as an adviser to the Civic Alliance. The mayor has denied any impropriety, and no evidence has emerged that the tender rules were broken.</p>",
            ),
            (
                "paragraph",
                "<p>On Monday, in an unusual move, City Hall published more than 200 pages of correspondence and scoring sheets from the procurement process. The documents show that Rellan's bid was ranked first by an evaluation panel of five officials on both price and technical quality, though by a narrower margin than the mayor's office had previously suggested.</p>",
            ),
            (
                "pull_quote",
                {
                    "quote": "I would rather publish everything and be argued with than publish nothing and be suspected.",
                    "attribution": "Hanne Corvell",
                    "role": "Mayor of Ardmere",
                },
            ),
            (
                "paragraph",
                "<p>Opening the debate, Councillor Ilse Darrow said the publication had raised as many questions as it answered. She pointed to minutes showing that the deadline for bids was extended by ten days after two companies asked for more time, and said the council needed to know who had approved the extension and why. Officials said the extension had been granted to all bidders equally.</p>",
            ),
            ("subheading", "An audit, but no inquiry"),
            (
                "paragraph",
                "<p>The mayor conceded one point to her critics, agreeing to ask the city's internal auditor to review the process and report to the audit committee before the end of the year. She rejected calls for an independent inquiry, arguing that it would delay a contract the city needs to keep its ageing trams on the road.</p>",
            ),
            (
                "paragraph",
                "<p>The row has added to the pressure on a transport network already facing disruption. Tram drivers this week announced a 48-hour strike over rostering, a dispute unconnected to the maintenance contract but one that opposition councillors have been happy to link in speeches about what they call the 'drift' at the transit authority.</p>",
            ),
            (
                "paragraph",
                "<p>Privately, members of the Civic Alliance acknowledged that the margin of victory was smaller than they had hoped. Two of their own councillors abstained, and one, Bram Okafor, said afterwards that he had done so because the mayor's office had 'not treated the council as partners' during the procurement. The next scheduled city elections are eighteen months away.</p>",
            ),
            ("related_article", "tram-drivers-announce-48-hour-strike"),
        ],
    },
    {
        "section": "politics",
        "slug": "tram-drivers-announce-48-hour-strike",
        "headline": "Tram drivers announce 48-hour strike over new rosters",
        "standfirst": "The Transport Workers' Federation says new shift patterns would leave drivers unable to plan their lives. The transit authority says it needs flexibility to run a reliable service.",
        "dateline": "ARDMERE",
        "days_ago": 2,
        "authors": [("nadia-kowalczyk", "Reporting")],
        "tags": ["transport", "strikes", "labour"],
        "hero": {
            "subject": "A tram crossing the Ferrygate bridge in the rain",
            "caption": "A number 4 tram crosses the Ferrygate bridge. The line is one of two on which the authority hopes to run a limited service.",
            "credit": "Pieter Coster/Lord's Press",
        },
        "syndication": None,
        "body": [
            (
                "paragraph",
                "<p>Tram services across Ardmere are expected to be severely disrupted next Thursday and Friday after drivers voted to strike for 48 hours in a dispute over new rosters that their union says would erode rest days and make it harder to plan family life.</p>",
            ),
            (
                "paragraph",
                "<p>Members of the Transport Workers' Federation backed the action by 84 per cent on a turnout of 71 per cent, comfortably above the legal threshold. It will be the first strike on the city's trams since 2014. The union has also announced an overtime ban from Monday, which could lead to cancellations on the busiest routes before the walkout begins.</p>",
            ),
            (
                "paragraph",
                "<p>At the heart of the dispute is a new rostering system that the Ardmere Transit Authority wants to introduce in January. Under the proposals, drivers could be rostered for up to seven consecutive shifts rather than the current maximum of five, and would receive their schedules four weeks in advance instead of six.</p>",
            ),
            (
                "pull_quote",
                {
                    "quote": "Our members are not asking for more money. They are asking to know when they will see their children.",
                    "attribution": "Colm Fairley",
                    "role": "Branch secretary, Transport Workers' Federation",
                },
            ),
            (
                "paragraph",
                "<p>Ruth Ambler, the authority's chief executive, said the current system was inflexible and had contributed to last-minute cancellations when drivers were off sick. She said the new rosters would include the same number of rest days over a year, and that the authority had offered a one-off payment of €600 to each driver to ease the transition.</p>",
            ),
            ("embed", "https://www.youtube.com/watch?v=lordspress01"),
            (
                "paragraph",
                "<p>The authority says it will run a limited service on the two busiest lines, the 1 and the 4, using managers and drivers who are not union members, but has warned passengers to expect long gaps between trams. Buses will not accept tram tickets, although the city has asked operators to add vehicles on routes that run parallel to the tram network.</p>",
            ),
            (
                "image",
                {
                    "subject": "Trams parked in the Kilnside depot",
                    "caption": "Trams in the Kilnside depot. The authority operates 86 vehicles across six lines.",
                    "credit": "Pieter Coster/Lord's Press",
                    "alt": "Rows of green and cream trams parked beneath the steel roof of a large depot, with overhead wires crossing above them.",
                },
            ),
            (
                "paragraph",
                "<p>Talks between the two sides are scheduled for Monday at the offices of the regional conciliation service. Both said they were willing to negotiate, though neither signalled any movement on the central question of consecutive shifts. Schools and hospitals have been asked to advise staff on alternative ways of getting to work.</p>",
            ),
            ("contributor_note", "Tomas Lind contributed to this report."),
        ],
    },
    {
        "section": "politics",
        "slug": "court-halts-ferrygate-flats-demolition",
        "headline": "Court halts demolition of Ferrygate flats pending heritage review",
        "standfirst": "Judges found the council had not properly considered the architectural value of the 1960s estate before approving its replacement, handing a victory to tenants who campaigned to save it.",
        "dateline": "ARDMERE",
        "days_ago": 5,
        "authors": [("staff-writers", "")],
        "tags": ["courts", "housing", "heritage"],
        "hero": {
            "subject": "Raised concrete walkways of the Ferrygate estate",
            "caption": "The raised walkways of the Ferrygate estate, completed in 1968.",
            "credit": "Mariam Idris/Lord's Press",
        },
        "syndication": None,
        "body": [
            (
                "paragraph",
                "<p>The Regional Administrative Court has ordered Ardmere City Council to suspend the demolition of the Ferrygate estate, ruling that the authority failed to carry out a proper assessment of the buildings' architectural and historical value before granting permission for them to be replaced.</p>",
            ),
            (
                "paragraph",
                "<p>The judgment, delivered on Wednesday by a panel of three judges, quashes the planning consent issued last year for a redevelopment that would have replaced the estate's 312 flats with about 540 new homes, a third of them at social rents. The council must now commission an independent heritage assessment and reconsider the application in the light of its findings.</p>",
            ),
            (
                "paragraph",
                "<p>The estate, built between 1964 and 1968 to designs by the city architect's department, is known for its raised walkways and a central courtyard garden. It is not listed, but the court found that council officers had been made aware of expert evidence suggesting it met the criteria for protection and had not addressed that evidence in their report to the planning committee.</p>",
            ),
            (
                "pull_quote",
                {
                    "quote": "The question before us is not whether these buildings are beautiful. It is whether the council asked the question at all.",
                    "attribution": "Judge Albrecht Neumeyer",
                    "role": "Presiding judge, Regional Administrative Court",
                },
            ),
            (
                "paragraph",
                "<p>The Ferrygate Tenants' Association, which brought the case with the support of a national architecture charity, described the ruling as a vindication. Its chair, Dolores Aiken, who has lived on the estate for 31 years, said residents had never opposed improvements, but wanted repairs and insulation rather than a demolition that would scatter a settled community.</p>",
            ),
            (
                "paragraph",
                "<p>The council said it was disappointed and was considering whether to appeal. A spokesperson noted that the court had not found the redevelopment itself to be unlawful, only the process by which it was approved, and said the city remained committed to increasing the number of affordable homes in the district.</p>",
            ),
            (
                "paragraph",
                "<p>The housing association that would have delivered the scheme, Northbank Homes, said the delay could add several million euros to its costs. Around 90 households have already been moved out of the estate in preparation for the works. The council said it would write to them this week to explain their options, including the right to return.</p>",
            ),
        ],
    },
    {
        "section": "politics",
        "slug": "school-funding-formula-favours-poorer-districts",
        "headline": "Schools in poorer districts to gain under revised funding formula",
        "standfirst": "A new formula weights funding more heavily towards pupils from low-income households. Head teachers in wealthier suburbs warn of cuts to music and language teaching.",
        "dateline": "ARDMERE",
        "days_ago": 9,
        "authors": [("tomas-lind", "")],
        "tags": ["schools", "budget", "city council"],
        "hero": {
            "subject": "Pupils crossing a school playground",
            "caption": "Morning break at a primary school in Kilnside, one of the districts expected to gain from the change.",
            "credit": "Mariam Idris/Lord's Press",
        },
        "syndication": None,
        "body": [
            (
                "paragraph",
                "<p>Primary and secondary schools in Ardmere's poorer districts will receive substantially more money from next September under a revised funding formula approved by the council's education committee on Thursday, the most significant change to how the city pays for its schools in more than a decade.</p>",
            ),
            (
                "paragraph",
                "<p>Under the new system, each pupil who qualifies for free school meals will attract an additional €1,150 a year, up from €640. Schools in Kilnside, the Saltmarket and parts of Northbank are expected to see their budgets rise by between 4 and 9 per cent. The change is funded by redistributing money within the existing budget rather than by new spending.</p>",
            ),
            (
                "paragraph",
                "<p>That means some schools will lose out. Officials estimate that 14 of the city's 71 state schools, most of them in the southern suburbs, will see their budgets fall in real terms, although a transitional cap will limit any cut to 2 per cent in the first year.</p>",
            ),
            ("subheading", "Warnings from the suburbs"),
            (
                "paragraph",
                "<p>Head teachers at several of those schools wrote to the committee last month warning that the changes would force them to reduce specialist teaching. Gregor Vance, head of Southfield Secondary, said his school would probably have to stop offering a third foreign language and cut back on instrumental lessons, which he said were valued by families of every income.</p>",
            ),
            (
                "pull_quote",
                {
                    "quote": "Every euro follows a child who needs it. That is the principle, and I make no apology for it.",
                    "attribution": "Annelie Brook",
                    "role": "Chair, education committee",
                },
            ),
            (
                "paragraph",
                "<p>Annelie Brook, the committee chair, said the previous formula had failed to keep pace with evidence about the cost of closing gaps in attainment. She pointed to figures showing that pupils in the city's most deprived areas were, on average, more than a year behind their peers in reading by the age of eleven.</p>",
            ),
            (
                "paragraph",
                "<p>The formula must still be ratified by the full council next month, where it is expected to pass comfortably. Parents' groups in the southern suburbs have begun collecting signatures for a petition calling for the transitional protection to be extended from one year to three.</p>",
            ),
        ],
    },
    {
        "section": "politics",
        "slug": "northbank-by-election-turnout-falls-to-record-low",
        "headline": "Northbank by-election turnout falls to lowest level in two decades",
        "standfirst": "Just 23 per cent of voters cast a ballot as the Ardmere Greens took the seat from the Civic Alliance by 212 votes.",
        "dateline": "ARDMERE",
        "days_ago": 16,
        "authors": [("tomas-lind", "Reporting"), ("saoirse-dunleavy", "Photography")],
        "tags": ["elections", "city council"],
        "hero": {
            "subject": "The winning candidate at the count",
            "caption": "Farida Lowe after the declaration at the Northbank sports hall.",
            "credit": "Saoirse Dunleavy/Lord's Press",
        },
        "syndication": None,
        "body": [
            (
                "paragraph",
                "<p>The Ardmere Greens gained a council seat from the ruling Civic Alliance in Northbank on Thursday, in a by-election marked by the lowest turnout recorded in any city ward for at least twenty years. Only 23 per cent of the roughly 11,400 registered voters took part.</p>",
            ),
            (
                "paragraph",
                "<p>The Greens' candidate, Farida Lowe, a 29-year-old nurse at the Northbank community hospital, won 1,094 votes to 882 for the Civic Alliance's Henrik Dahl. The Harbour Left came third with 601. The result does not change the balance of power on the council, where the Civic Alliance governs with the support of the Liberal Group, but it trims the coalition's working majority to five.</p>",
            ),
            (
                "image",
                {
                    "subject": "Election count at the Northbank sports hall",
                    "caption": "Counting staff at the Northbank sports hall shortly after polls closed.",
                    "credit": "Saoirse Dunleavy/Lord's Press",
                    "alt": "Counting staff seated at long tables sorting paper ballots into piles under bright sports hall lights, with observers standing behind a rope.",
                },
            ),
            (
                "paragraph",
                "<p>Speaking at the count, Ms Lowe said she had campaigned almost entirely on the closure of the ward's only late-night pharmacy and the state of the pavements around the hospital. 'People told me they did not think voting changed anything,' she said. 'I would like to prove them wrong, but I understand why they feel that way.'</p>",
            ),
            (
                "paragraph",
                "<p>Election officials said the poor weather and the timing of the vote, during the school holidays, had probably depressed turnout. Researchers at the University of Ardmere who study local elections said, however, that participation in the ward had been falling steadily since 2008, and that the decline was steepest among voters under 35.</p>",
            ),
            (
                "paragraph",
                "<p>The by-election was called after the death in the spring of Councillor Walter Greaves, who had represented Northbank for the Civic Alliance for sixteen years. Both the winning and the losing candidates paid tribute to him in their speeches, and the hall observed a minute's silence before the declaration.</p>",
            ),
        ],
    },
    {
        "section": "politics",
        "slug": "ombudsman-criticises-council-housing-repairs",
        "headline": "Ombudsman criticises council over slow repairs to damp homes",
        "standfirst": "An investigation found that tenants waited an average of 97 days for damp and mould repairs, more than three times the council's own target.",
        "dateline": "ARDMERE",
        "days_ago": 30,
        "authors": [("staff-writers", "")],
        "tags": ["housing", "city council", "health"],
        "hero": {
            "subject": "Mould on a bedroom ceiling in a council flat",
            "caption": "Black mould on the ceiling of a flat in Northbank, photographed with the tenant's permission.",
            "credit": "Mariam Idris/Lord's Press",
        },
        "syndication": None,
        "body": [
            (
                "paragraph",
                "<p>Ardmere City Council has been criticised by the Local Services Ombudsman for the time it takes to repair damp and mouldy homes, after an investigation found that tenants waited an average of 97 days for work to be completed, against a target of 28.</p>",
            ),
            (
                "paragraph",
                '<p>The <a href="https://ombudsman.example/reports/damp-and-mould">report</a>, published on Monday, examined 240 complaints made between 2021 and last year. It found that in more than a third of cases, repairs were marked as complete on the council\'s system before any work had been carried out, and that tenants who complained were often asked to supply the same photographs and information several times.</p>',
            ),
            (
                "paragraph",
                "<p>The ombudsman, Margit Sørlie, said the problems were 'systemic rather than individual' and reflected a repairs service that had lost experienced staff and relied too heavily on subcontractors who were not properly supervised. She recommended that the council pay compensation of €250 to each complainant whose case was upheld.</p>",
            ),
            (
                "paragraph",
                "<p>The council accepted all eleven of the report's recommendations. Its cabinet member for housing, Councillor Josef Marr, said the findings made 'uncomfortable reading' and that the city had already hired 18 additional surveyors and set up a dedicated damp and mould team, which he said had cut average waiting times to 61 days since the spring.</p>",
            ),
            (
                "paragraph",
                "<p>Tenants' groups said the improvements were welcome but overdue. The Ardmere Tenants' Federation said it would monitor progress and publish its own figures every quarter, drawing on a survey of residents in the council's 14,000 homes. 'We have heard promises before,' said the federation's secretary, Ruben Castle.</p>",
            ),
            ("contributor_note", "Tomas Lind contributed to this report."),
        ],
    },
    # -------------------------------------------------------------------- europe
    {
        "section": "europe",
        "slug": "eu-ministers-stall-on-fisheries-quotas",
        "headline": "EU ministers stall on fisheries quotas as talks run past midnight",
        "standfirst": "Fisheries ministers failed to agree next year's catch limits for North Sea cod and herring after a split between coastal states and those with large mixed fleets.",
        "dateline": "BRUSSELS",
        "days_ago": 1,
        "authors": [("esther-ward", "")],
        "tags": ["european union", "fisheries", "trade"],
        "hero": {
            "subject": "Fishing boats moored in Ardmere's old harbour",
            "caption": "Trawlers in Ardmere's old harbour, where around 40 vessels still land their catch.",
            "credit": "Saoirse Dunleavy/Lord's Press",
        },
        "syndication": None,
        "body": [
            (
                "paragraph",
                "<p>Talks among European Union fisheries ministers on next year's catch limits broke up without agreement in the early hours of Tuesday, after a meeting lasting more than fourteen hours exposed a deepening split over how quickly to cut quotas for cod and herring in the North Sea.</p>",
            ),
            (
                "paragraph",
                "<p>The Commission had proposed reducing the total allowable catch for North Sea cod by 18 per cent, citing scientific advice that stocks remain below safe levels despite a decade of restrictions. A group of northern coastal states backed the cut, while several countries whose fleets depend heavily on mixed fisheries argued for a reduction of no more than 8 per cent.</p>",
            ),
            (
                "paragraph",
                "<p>Diplomats said a compromise circulated by the rotating presidency shortly after midnight, proposing a 12 per cent cut phased over two years, had failed to win a qualified majority. Ministers will reconvene next week, leaving fishing communities uncertain about what they will be allowed to land when the new season opens.</p>",
            ),
            ("subheading", "Science against livelihoods"),
            (
                "paragraph",
                "<p>Katrin Vollmer, a spokesperson for the Commission's fisheries directorate, said the scientific advice was 'unambiguous' and that every year of delay made the eventual cuts deeper. She noted that cod catches in the North Sea had fallen by more than half since 2015, and that too many young fish were being caught before they had a chance to breed.</p>",
            ),
            (
                "pull_quote",
                {
                    "quote": "A quota that ignores the science is not a gift to fishermen. It is a loan against their children's livelihoods.",
                    "attribution": "Katrin Vollmer",
                    "role": "Spokesperson, Commission fisheries directorate",
                },
            ),
            (
                "paragraph",
                "<p>Industry groups in Ardmere, where around 40 vessels still land fish at the old harbour, warned that a steep cut would push some family businesses over the edge. Lars Brennan, who chairs the Ardmere Fishermen's Co-operative, said skippers had already tied up their boats for weeks at a time this year because fuel costs made short trips uneconomic.</p>",
            ),
            (
                "paragraph",
                "<p>Environmental organisations accused ministers of repeating a familiar pattern. Observers from a coalition of marine conservation groups said quotas had been set above the scientific advice in most years of the past decade, and that the failure to agree this week suggested that the pattern would continue.</p>",
            ),
            (
                "paragraph",
                "<p>The stalemate also complicates separate negotiations with non-EU coastal states over shared stocks, which cannot be concluded until the EU has settled its own position. Officials said those talks, which had been due to end this month, were likely to be extended, adding a further layer of uncertainty for fleets that fish in both sets of waters.</p>",
            ),
        ],
    },
    {
        "section": "europe",
        "slug": "lisbon-swelters-through-hottest-night-on-record",
        "headline": "Lisbon swelters through its hottest night on record as heat grips Iberia",
        "standfirst": "The temperature in the Portuguese capital did not fall below 29.4C overnight. Doctors say the warm nights, not the scorching afternoons, are the greater danger to older residents.",
        "dateline": "LISBON",
        "days_ago": 0,
        "authors": [("ines-carvalho", "Reporting")],
        "tags": ["heatwave", "climate", "health"],
        "hero": {
            "subject": "Lisbon rooftops shimmering in the heat at sunset",
            "caption": "The view over Alfama on Sunday evening, when the temperature in the city centre was still 34C.",
            "credit": "Joaquim Serra/Lord's Press",
        },
        "syndication": None,
        "body": [
            (
                "paragraph",
                "<p>Lisbon recorded its warmest night since measurements began on Sunday, with the temperature in the city centre failing to drop below 29.4C, as a prolonged heatwave tightened its grip on Portugal and much of Spain and prompted health authorities to extend emergency measures for the elderly.</p>",
            ),
            (
                "paragraph",
                "<p>The national weather service said daytime temperatures had exceeded 40C in 37 locations across the two countries over the weekend, and that the heat was likely to persist for at least another five days. In the Alentejo, inland from the capital, a weather station near Beja registered 45.1C on Saturday afternoon.</p>",
            ),
            (
                "paragraph",
                "<p>It is the nights, rather than the days, that worry doctors most. When temperatures remain high after dark, the body has no chance to recover, and the risk of heatstroke, heart attacks and kidney problems rises sharply among older people and those living with chronic illnesses.</p>",
            ),
            (
                "pull_quote",
                {
                    "quote": "In the afternoon people are careful. At three in the morning, alone in a top-floor flat, nobody is watching.",
                    "attribution": "Dr Sofia Marques",
                    "role": "Emergency physician, Lisbon",
                },
            ),
            (
                "paragraph",
                "<p>Dr Sofia Marques, an emergency physician at a large public hospital in the east of the city, said admissions for heat-related illness had roughly doubled since Thursday. Many of the patients, she said, were elderly residents of older buildings in the historic neighbourhoods, where narrow streets trap the heat and few flats have air conditioning.</p>",
            ),
            (
                "image",
                {
                    "subject": "An elderly man resting in the shade of a Lisbon square",
                    "caption": "A resident rests in the shade in Graça, one of the city's older hillside neighbourhoods.",
                    "credit": "Joaquim Serra/Lord's Press",
                    "alt": "An elderly man in a flat cap sits on a bench beneath a jacaranda tree in a small square, with tiled building facades behind him in harsh sunlight.",
                },
            ),
            ("subheading", "Cooling rooms and night buses"),
            (
                "paragraph",
                "<p>The city council has opened 22 air-conditioned 'cooling rooms' in libraries, parish halls and sports centres, and extended their opening hours until midnight. Volunteers from neighbourhood associations have been knocking on doors in Alfama and Mouraria to check on residents who live alone, a scheme first introduced after a deadly heatwave two decades ago.</p>",
            ),
            (
                "paragraph",
                "<p>Transport operators have added late-night buses so that residents can reach the beaches and riverside parks after dark, and some public swimming pools are staying open until ten in the evening. Outdoor work on construction sites has been suspended during the hottest hours of the afternoon under rules agreed with the unions two years ago.</p>",
            ),
            ("embed", "https://www.youtube.com/watch?v=lordspress03"),
            (
                "paragraph",
                "<p>In Spain, authorities in Andalusia and Extremadura issued red warnings and closed several schools that had been hosting holiday activities. Firefighters were tackling more than a dozen wildfires, the largest of them in the hills north of Seville, where about 300 people were moved from their homes as a precaution.</p>",
            ),
            ("divider", None),
            (
                "paragraph",
                "<p>Climate scientists say such episodes are becoming more frequent and more intense. Researchers at the city's climate observatory, which tracks temperatures across Lisbon's neighbourhoods, said the number of nights above 25C had tripled since the 1980s. 'What used to be exceptional is becoming the season,' said Rui Almada, a climatologist who leads the observatory's urban heat programme.</p>",
            ),
            (
                "paragraph",
                "<p>For many residents, the practical question is simply how to sleep. Teresa Lobo, 74, who lives on the fourth floor of a nineteenth-century building in Graça, said she had spent the past three nights on a mattress in her hallway, the only room without a window facing the afternoon sun. 'My grandmother slept on the balcony in summer,' she said. 'Now even the balcony is too hot.'</p>",
            ),
            (
                "paragraph",
                "<p>The weather service expects some relief from the middle of next week, when a band of cooler Atlantic air should bring temperatures down by several degrees along the coast. Inland areas, including the Alentejo and much of central Spain, are expected to remain hot for several days longer.</p>",
            ),
            ("related_article", "heat-study-urges-cities-to-plan-cooling-centres"),
        ],
    },
    {
        "section": "europe",
        "slug": "vienna-housing-model-draws-city-delegations",
        "headline": "Vienna's housing model draws delegations from across the continent, Ardmere among them",
        "standfirst": "Municipal officials from a dozen European cities spent three days studying how the Austrian capital keeps rents in check. Copying it, they were told, takes decades.",
        "dateline": "VIENNA",
        "days_ago": 12,
        "authors": [("esther-ward", "Reporting")],
        "tags": ["housing", "city council", "european union"],
        "hero": {
            "subject": "Courtyard of a 1920s municipal housing block in Vienna",
            "caption": "The courtyard of a municipal housing block built in the 1920s, one of the sites visited by the delegations.",
            "credit": "Lena Hartmann/Lord's Press",
        },
        "syndication": None,
        "body": [
            (
                "paragraph",
                "<p>In a converted tram depot in the south of Vienna, a group of municipal officials from twelve European cities spent Wednesday morning studying floor plans, rent tables and a scale model of a housing estate built a century ago. Among them were three officials from Ardmere, sent by the city council to learn how the Austrian capital has kept housing affordable for generations.</p>",
            ),
            (
                "paragraph",
                "<p>Vienna is a frequent destination for such visits. Around half of its residents live in homes that are either owned by the city or built by non-profit housing associations with public subsidy, and rents in that sector are regulated and typically well below market levels. Visitors come to see how it works; many leave unsure whether it can be replicated.</p>",
            ),
            (
                "paragraph",
                "<p>'The first thing we tell people is that there is no trick,' said Dr Helga Reiterer, who leads a small institute that organises the study visits. 'Vienna kept building, and kept owning what it built, through good years and bad. It never sold the stock. You cannot reproduce a hundred years of that with a pilot project.'</p>",
            ),
            ("subheading", "Land, patience and a dedicated tax"),
            (
                "paragraph",
                "<p>The model rests on several pillars. The city buys land well in advance of need and sells or leases it to non-profit developers on condition that they meet strict standards on cost, design and environmental performance. A portion of tax revenue is earmarked for housing construction, giving developers a predictable flow of funding that does not depend on the annual budget.</p>",
            ),
            (
                "pull_quote",
                {
                    "quote": "Cities that sold their housing in the nineties are now trying to buy it back at four times the price.",
                    "attribution": "Helga Reiterer",
                    "role": "Director, Institute for Urban Housing Research",
                },
            ),
            (
                "paragraph",
                "<p>The Ardmere delegation, led by the council's head of housing strategy, Clara Winsome, is due to present a report to the housing committee early next year. She said the city could not copy the Viennese system wholesale, but could learn from specific tools, such as competitions in which developers compete on quality and social mix rather than price, and long-term leases on public land.</p>",
            ),
            (
                "paragraph",
                "<p>Critics of the Viennese approach point to long waiting lists and to the fact that the regulated sector does not always reach those in greatest need, since many tenants stay in their flats after their incomes rise. Supporters argue that this mixing of incomes is precisely what has spared the city the stigmatisation of social housing seen elsewhere.</p>",
            ),
            (
                "paragraph",
                "<p>For Ardmere, where average rents have risen by about 38 per cent in seven years, the visit comes as the council weighs the future of its own estates, including Ferrygate, whose planned redevelopment faces a legal challenge from tenants. Ms Winsome said the trip had reinforced one lesson in particular: that a city which gives up its land gives up its leverage.</p>",
            ),
            ("related_article", "ombudsman-criticises-council-housing-repairs"),
        ],
    },
    {
        "section": "europe",
        "slug": "overnight-rail-link-to-ardmere-approved",
        "headline": "Overnight rail link to Ardmere approved for EU corridor funding",
        "standfirst": "A sleeper service connecting Ardmere with Brussels and Vienna will receive €31m towards new carriages, with the first trains expected in about three years.",
        "dateline": "BRUSSELS",
        "days_ago": 20,
        "authors": [("esther-ward", "Reporting"), ("nadia-kowalczyk", "Reporting")],
        "tags": ["transport", "european union", "tourism"],
        "hero": {
            "subject": "Platform at Ardmere Central station at night",
            "caption": "Platform 7 at Ardmere Central, which will be lengthened to accommodate the sleeper trains.",
            "credit": "Pieter Coster/Lord's Press",
        },
        "syndication": None,
        "body": [
            (
                "paragraph",
                "<p>A new overnight train service connecting Ardmere with Brussels and Vienna has been approved for European Union funding, bringing the city back onto the continent's sleeper network for the first time since its last night train was withdrawn in 2009.</p>",
            ),
            (
                "paragraph",
                "<p>The European Commission announced on Thursday that the project would receive €31m from a programme supporting cross-border rail, covering roughly 40 per cent of the cost of 24 new sleeper and couchette carriages. The remainder will come from a consortium of two national rail operators and a private company, Nordlicht Rail, which will run the service.</p>",
            ),
            (
                "paragraph",
                "<p>Under the plans, a train would leave Ardmere each evening at about half past seven, calling at Brussels shortly before midnight and arriving in Vienna at around nine the following morning, with a return service in the opposite direction. Fares have not been set, but the operator has said a berth in a shared couchette would cost about as much as a budget flight with luggage.</p>",
            ),
            (
                "pull_quote",
                {
                    "quote": "The night train is not nostalgia. For a lot of journeys, it is simply the most sensible way to travel.",
                    "attribution": "Miriam Falk",
                    "role": "Managing director, Nordlicht Rail",
                },
            ),
            (
                "paragraph",
                "<p>The project had been in doubt until last year because of a shortage of rolling stock, a problem that has held back the revival of night trains across Europe. Nordlicht's managing director, Miriam Falk, said the company had now secured manufacturing slots with a carriage builder in central Europe, with deliveries expected to begin in about two and a half years.</p>",
            ),
            (
                "image",
                {
                    "subject": "A mock-up of a couchette compartment",
                    "caption": "A mock-up of the proposed couchette compartment, shown to journalists in Brussels.",
                    "credit": "Esther Ward/Lord's Press",
                    "alt": "A narrow train compartment with two folded bunks on each side, small reading lamps and a window with its blind half drawn.",
                },
            ),
            (
                "paragraph",
                "<p>In Ardmere, the announcement was welcomed by the city council, which contributed €1.2m towards feasibility studies and has promised to lengthen two platforms at the central station to take the longer trains. Business groups said the service would make it easier to attend meetings in Brussels without the cost of a hotel.</p>",
            ),
            (
                "paragraph",
                "<p>Rail campaigners cautioned that many revived night trains had struggled with reliability and with track access charges that vary sharply between countries. The Commission has said it intends to propose simpler rules for cross-border services, but member states have so far resisted giving up control over how they price access to their networks.</p>",
            ),
        ],
    },
    {
        "section": "europe",
        "slug": "parliament-backs-tighter-packaging-rules",
        "headline": "European Parliament backs tighter rules on packaging waste",
        "standfirst": "MEPs voted to require that most packaging be recyclable by the end of the decade, but dropped a proposed ban on single-use containers in cafés after intense lobbying.",
        "dateline": "STRASBOURG",
        "days_ago": 40,
        "authors": [("esther-ward", "")],
        "tags": ["european union", "manufacturing", "climate"],
        "hero": {
            "subject": "The hemicycle of the European Parliament during a vote",
            "caption": "MEPs voting in Strasbourg on Wednesday.",
            "credit": "Lena Hartmann/Lord's Press",
        },
        "syndication": None,
        "body": [
            (
                "paragraph",
                "<p>The European Parliament voted on Wednesday to tighten the rules on packaging waste, backing a requirement that most packaging sold in the EU be recyclable by the end of the decade and setting targets for reusable containers in the takeaway and drinks industries.</p>",
            ),
            (
                "paragraph",
                "<p>The text was approved by 402 votes to 198, with 37 abstentions, after a debate that pitted environmental groups against parts of the paper, plastics and food industries. It must now be negotiated with member states before it can become law, a process that officials expect to take at least several months.</p>",
            ),
            (
                "paragraph",
                "<p>In the most significant change from the Commission's original proposal, MEPs dropped a ban on single-use cups and containers for food and drink consumed on the premises of cafés and restaurants. Supporters of the change argued that the ban would have imposed heavy costs on small businesses; opponents said it removed one of the measures most likely to reduce waste visibly.</p>",
            ),
            (
                "pull_quote",
                {
                    "quote": "We have kept the spine of this law. What we lost was the part people would have noticed at breakfast.",
                    "attribution": "Annika Strøm",
                    "role": "MEP and lead negotiator on the file",
                },
            ),
            (
                "paragraph",
                "<p>The parliament's lead negotiator, Annika Strøm, said she was satisfied with the outcome despite the concession. She highlighted provisions that would require online retailers to cut the empty space in delivery boxes and set minimum levels of recycled content in plastic bottles, which she said would create a stable market for recycled material.</p>",
            ),
            ("divider", None),
            (
                "paragraph",
                "<p>Packaging makers in Ardmere, home to two large paper mills and a plastics moulding plant, had followed the vote closely. The city's chamber of commerce said the recyclability requirements were manageable, but that companies needed clarity on how 'recyclable' would be defined, a question the legislation leaves largely to technical rules to be written later.</p>",
            ),
            (
                "paragraph",
                "<p>Waste campaigners said the parliament's position was a step forward but warned that member states were likely to seek further exemptions during negotiations. Packaging waste per person has risen in most EU countries over the past decade, driven in part by online shopping and takeaway food, and the bloc has repeatedly missed its own interim targets.</p>",
            ),
        ],
    },
    {
        "section": "europe",
        "slug": "alentejo-olive-growers-count-drought-losses",
        "headline": "Drought leaves Alentejo olive growers counting their losses",
        "standfirst": "A third dry year has cut yields across southern Portugal's olive groves. Farmers who invested heavily in irrigated plantations now find themselves competing with towns for water.",
        "dateline": "ÉVORA",
        "days_ago": 65,
        "authors": [("ines-carvalho", "Reporting")],
        "tags": ["agriculture", "climate", "water"],
        "hero": {
            "subject": "An olive farmer inspecting a sparse branch",
            "caption": "Joaquim Pires in the grove his grandfather planted outside Évora.",
            "credit": "Joaquim Serra/Lord's Press",
        },
        "syndication": None,
        "body": [
            (
                "paragraph",
                "<p>On a hillside outside Évora, Joaquim Pires runs his hand along a branch of an olive tree his grandfather planted and counts the fruit. There are eleven olives on a branch that would normally carry forty or fifty. 'In a good year you cannot see the wood,' he said. 'This year you can see the sky.'</p>",
            ),
            (
                "paragraph",
                "<p>The Alentejo, a broad and sparsely populated region of southern Portugal, is enduring its third consecutive year of below-average rainfall. Reservoirs in parts of the region are at less than a third of capacity, and agricultural associations estimate that this year's olive harvest will be between 30 and 40 per cent lower than average.</p>",
            ),
            (
                "paragraph",
                "<p>The drought has exposed a divide within the industry. Over the past fifteen years, tens of thousands of hectares have been converted to intensive olive plantations, in which trees are planted in dense hedgerows and watered by drip irrigation from large reservoirs. Those groves produce higher yields and can be harvested by machine, but they depend on a steady supply of water.</p>",
            ),
            ("subheading", "Competition for every litre"),
            (
                "paragraph",
                "<p>With reservoir levels falling, the authorities have imposed restrictions on agricultural water use in several irrigation districts, giving priority to drinking water. Some intensive growers have drilled deeper boreholes, a practice that traditional farmers and environmental groups say is depleting aquifers that took centuries to fill.</p>",
            ),
            (
                "pull_quote",
                {
                    "quote": "We planted as if the water would always be there. The water has other ideas.",
                    "attribution": "Marta Sequeira",
                    "role": "Agronomist, Alentejo growers' association",
                },
            ),
            (
                "image",
                {
                    "subject": "Dry cracked earth between rows of young olive trees",
                    "caption": "An intensive grove near Beja. The reservoir that supplies it is at 28 per cent of capacity.",
                    "credit": "Joaquim Serra/Lord's Press",
                    "alt": "Long straight rows of small olive trees stretching towards the horizon over pale, cracked soil beneath a cloudless sky.",
                },
            ),
            (
                "paragraph",
                "<p>Marta Sequeira, an agronomist who advises members of a regional growers' association, said many farmers had taken on significant debt to plant intensive groves and now faced the prospect of paying interest on trees they could not water. She expects some to abandon their plantations or sell them to larger investors.</p>",
            ),
            (
                "paragraph",
                "<p>Traditional rain-fed groves like Mr Pires's are better adapted to dry conditions but produce far less, and their owners are often older. His own children work in Lisbon and have no plans to return. He said he would harvest what he could this year and press it at the co-operative mill in the village, as his family has done for three generations.</p>",
            ),
            (
                "paragraph",
                "<p>The Portuguese government has announced emergency support for affected farmers, including deferred social security contributions and subsidised credit. Agricultural economists say the harder question is whether the region can sustain its current pattern of farming as the climate grows hotter and drier, and who will decide how the remaining water is shared.</p>",
            ),
        ],
    },
    {
        "section": "europe",
        "slug": "alpine-survey-records-steep-glacier-loss",
        "headline": "Alpine survey records steep loss of glacier ice over two summers",
        "standfirst": "Researchers measuring more than 80 glaciers in Austria and Switzerland say they lost around a tenth of their volume in two years, the fastest decline in their records.",
        "dateline": "INNSBRUCK",
        "days_ago": 90,
        "authors": [("staff-writers", "")],
        "tags": ["climate", "science", "water"],
        "hero": {
            "subject": "A retreating glacier tongue above a meltwater lake",
            "caption": "A glacier tongue in the Ötztal Alps, where survey teams placed measuring stakes last summer.",
            "credit": "Lena Hartmann/Lord's Press",
        },
        "syndication": None,
        "body": [
            (
                "paragraph",
                "<p>Glaciers across the Austrian and Swiss Alps lost around a tenth of their remaining volume over the past two summers, according to a survey by a network of university research teams, which described the decline as the fastest since its systematic measurements began.</p>",
            ),
            (
                "paragraph",
                "<p>The Alpine Glacier Monitoring Network measured 84 glaciers using drone surveys, ground-penetrating radar and stakes drilled into the ice. Its report, published in Innsbruck, found that every one of them had lost mass, and that several smaller glaciers had broken up into separate patches of stagnant ice that researchers no longer classify as glaciers at all.</p>",
            ),
            (
                "paragraph",
                "<p>The network's coordinator, Dr Matthias Egger, said exceptionally hot summers, combined with winters that brought relatively little snow, had left the ice exposed to the sun for longer each year. Dust blown in from the Sahara, which darkens the surface and causes it to absorb more heat, had made the losses worse in some places.</p>",
            ),
            (
                "paragraph",
                "<p>The findings have practical consequences for the valleys below. Meltwater supports rivers in late summer, when rainfall is low, and feeds hydroelectric reservoirs that supply a significant share of the region's electricity. Several mountain resorts have also been forced to close summer ski areas that relied on glacier surfaces.</p>",
            ),
            (
                "paragraph",
                "<p>The researchers said that even with rapid cuts in global emissions, most of the smaller Alpine glaciers were likely to disappear within a few decades. They called for long-term funding for monitoring, noting that several of the measurement programmes on which the report relied were financed by short-term grants due to expire.</p>",
            ),
        ],
    },
    # ------------------------------------------------------------------ business
    {
        "section": "business",
        "slug": "ardmere-rovers-agree-debt-restructuring",
        "headline": "Ardmere Rovers agree debt restructuring as losses widen",
        "standfirst": "The club has secured a five-year repayment holiday from its main lender after reporting a pre-tax loss of €11.6m, its largest since promotion. Supporters want a say in what happens next.",
        "dateline": "ARDMERE",
        "days_ago": 3,
        "authors": [("marguerite-osei", "")],
        "tags": ["football", "finance", "city council"],
        "hero": {
            "subject": "Floodlights over the Riverside Stadium",
            "caption": "The Riverside Stadium, which Ardmere Rovers rent from the city council for €480,000 a year.",
            "credit": "Saoirse Dunleavy/Lord's Press",
        },
        "syndication": None,
        "body": [
            (
                "paragraph",
                "<p>Ardmere Rovers have agreed a restructuring of more than €40m of debt with their principal lender, giving the club five years before it must begin repaying the bulk of the money, after annual accounts showed losses widening to their highest level since the club returned to the top division.</p>",
            ),
            (
                "paragraph",
                "<p>The accounts, filed late on Friday, show a pre-tax loss of €11.6m for the last financial year, up from €7.2m the year before. Turnover rose by 9 per cent to €58.3m, helped by a cup run and higher broadcasting income, but wages and agents' fees grew faster, and the club recorded a €4.1m write-down on players signed two seasons ago who have since been sent out on loan.</p>",
            ),
            (
                "paragraph",
                "<p>Wages alone consumed 81 per cent of turnover, well above the 70 per cent level that football's financial regulators regard as a warning sign. The club's auditors noted 'a material uncertainty' over its ability to continue as a going concern without support from its owners, although they said the restructuring agreed after the year end had reduced that risk.</p>",
            ),
            (
                "paragraph",
                "<p>Behind the headline figures, the make-up of the club's income has shifted markedly. Matchday revenue, from tickets, hospitality and catering, rose by only 3 per cent, held back by a decision to freeze season ticket prices for a second year. Commercial income, which includes sponsorship and merchandise, fell slightly after a shirt sponsorship deal expired and was replaced on less generous terms. Broadcasting money now accounts for 54 per cent of turnover, up from 41 per cent five years ago, leaving Rovers more dependent than ever on a source of income that it does not control.</p>",
            ),
            ("subheading", "A five-year breathing space"),
            (
                "paragraph",
                "<p>Under the new arrangement with Castlegate Capital, an investment fund that lent the club money to rebuild its main stand in 2019, interest payments will continue but repayments of principal are deferred until 2030. In return, Castlegate has taken a charge over the club's training ground at Kessel Fields, meaning the land could be sold if the club defaults.</p>",
            ),
            (
                "pull_quote",
                {
                    "quote": "We have bought time, and time is the most valuable thing a football club can have. What matters now is how we use it.",
                    "attribution": "Stellan Moor",
                    "role": "Chairman, Ardmere Rovers",
                },
            ),
            (
                "paragraph",
                "<p>The chairman, Stellan Moor, said in a statement that the deal gave the club 'the stability it needs to build a sustainable squad' and that the owners remained fully committed. He said the club would reduce its wage bill by around a fifth over the next two seasons as contracts expired, and would invest more heavily in its academy, which has produced three first-team regulars in the past four years.</p>",
            ),
            (
                "paragraph",
                "<p>Supporters are less sanguine. The Rovers Supporters' Trust, which has around 6,000 members, said it was alarmed that the training ground had been offered as security without any consultation. Its chair, Bea Hollis, said the ground had been bought partly with money raised by supporters in the 1990s and should be treated as a community asset rather than as collateral.</p>",
            ),
            (
                "paragraph",
                "<p>The club has also come to rely on selling players to balance its books. Last season it recorded a profit of €6.8m on player sales, mainly from the transfer of the midfielder Jonas Eke to a club abroad, without which the loss would have been considerably larger. Specialists caution that such profits are unpredictable and that no club can count on producing a player of Eke's calibre every year. The accounts also show that Rovers have committed €9.2m in future transfer payments to other clubs, most of it due within the next eighteen months.</p>",
            ),
            ("subheading", "Questions over the stadium rent"),
            (
                "paragraph",
                "<p>The accounts also shed light on the club's relationship with the city. Rovers pay the council an annual rent of €480,000 for the use of the Riverside Stadium, which the city owns, a sum that has not changed since 2015. Councillors on the Harbour Left have argued that the rent should rise with inflation, while the club says it already meets the full cost of maintaining the ground.</p>",
            ),
            (
                "paragraph",
                "<p>Specialists in football finance said the club's position was not unusual among mid-sized clubs that have spent heavily to stay in the top flight, but warned that relegation would leave it badly exposed. Broadcasting income would fall by roughly two thirds, and many of the squad's contracts do not include clauses that reduce wages if the club goes down.</p>",
            ),
            (
                "paragraph",
                "<p>On the pitch, Rovers sit eleventh in the table after a mixed start to the season. The manager, Dario Fenn, declined to discuss the accounts after Saturday's draw with Westport, saying only that his players 'do not read balance sheets, and I would prefer they did not start'.</p>",
            ),
            (
                "paragraph",
                "<p>The trust has called a members' meeting for next week and has written to the club requesting a seat on the board, something the owners have previously refused. Ms Hollis said supporters were not trying to take control, but wanted 'someone in the room who will still be here when the current owners are not'.</p>",
            ),
            ("related_article", "football-clubs-should-open-their-books"),
        ],
    },
    {
        "section": "business",
        "slug": "port-volumes-fall-as-shipping-lines-reroute",
        "headline": "Port volumes fall for a third quarter as shipping lines reroute",
        "standfirst": "Container traffic through the Port of Ardmere fell 6 per cent as two large carriers shifted calls to deeper-water rivals. The port says its dredging programme will win them back.",
        "dateline": "ARDMERE",
        "days_ago": 6,
        "authors": [("marguerite-osei", "Reporting"), ("jonah-whitcombe", "Analysis")],
        "tags": ["ports", "trade", "shipping"],
        "hero": {
            "subject": "Container cranes at the Port of Ardmere",
            "caption": "Gantry cranes at the Eastern Terminal, where container traffic has fallen for three quarters in a row.",
            "credit": "Pieter Coster/Lord's Press",
        },
        "syndication": None,
        "body": [
            (
                "paragraph",
                "<p>Container traffic through the Port of Ardmere fell for the third consecutive quarter, according to figures published on Tuesday, as two of the world's largest shipping lines moved some of their services to deeper-water ports that can take the biggest vessels without waiting for the tide.</p>",
            ),
            (
                "paragraph",
                "<p>The port handled 412,000 twenty-foot equivalent units, the standard measure of container traffic, in the three months to the end of the last quarter, down 6 per cent on the same period a year earlier. Bulk cargo, including grain and timber, held up better, falling by just 1 per cent, and the number of cruise ship calls rose.</p>",
            ),
            (
                "paragraph",
                "<p>The decline reflects changes in how shipping lines organise their networks. Carriers have been consolidating their European services into fewer, larger ships calling at fewer ports. At Ardmere, the largest vessels can enter or leave the harbour only around high tide, a restriction that adds hours to schedules already stretched by disruption elsewhere in the world.</p>",
            ),
            (
                "pull_quote",
                {
                    "quote": "Shipping lines do not wait for the moon. If the water is not there when they need it, they go somewhere it is.",
                    "attribution": "Anders Kell",
                    "role": "Chief executive, Port of Ardmere",
                },
            ),
            ("subheading", "Betting on the dredgers"),
            (
                "paragraph",
                "<p>The port's chief executive, Anders Kell, said the figures were disappointing but not surprising, and that the €210m programme to deepen the main channel, due to be completed in two years, would allow vessels with a draught of up to 16 metres to use the harbour at any state of the tide. He said two carriers had indicated they would consider returning once the work was done.</p>",
            ),
            (
                "paragraph",
                "<p>The fall has consequences beyond the quayside. The port estimates that around 9,000 jobs in the city depend directly or indirectly on its activity, from crane operators and hauliers to customs agents and ship chandlers. The dockers' union said overtime had already been cut and warned that agency workers were the first to feel the slowdown.</p>",
            ),
            (
                "paragraph",
                "<p>Ardmere is far from alone. Mid-sized ports along the coast have faced similar pressures, and several have chosen to specialise, in offshore wind components, car exports or short-sea shipping to neighbouring countries. Ardmere has so far tried to remain a general-purpose port, a strategy that some in the industry have begun to question openly.</p>",
            ),
            (
                "paragraph",
                "<p>Disruption on global routes has added to the uncertainty. Low water levels at the Panama Canal and security concerns on other routes have forced carriers to reshuffle schedules at short notice, and ports with less flexibility have tended to lose out whenever services are reorganised.</p>",
            ),
            ("related_article", "canal-draught-limits-return-as-rains-falter"),
        ],
    },
    {
        "section": "business",
        "slug": "trade-talks-stall-over-e-bike-rules-of-origin",
        "headline": "Trade talks stall over rules of origin for electric bicycles",
        "standfirst": "Negotiators are at odds over how much of an e-bike must be made locally to qualify for lower tariffs. Ardmere's bicycle makers fear being undercut.",
        "dateline": "BRUSSELS",
        "days_ago": 8,
        "authors": [("esther-ward", "Reporting"), ("marguerite-osei", "Reporting")],
        "tags": ["trade", "european union", "manufacturing"],
        "hero": {
            "subject": "Electric bicycle frames on an assembly line",
            "caption": "Frames on the assembly line at Velo Aure's factory in the Kilnside industrial park.",
            "credit": "Mariam Idris/Lord's Press",
        },
        "syndication": None,
        "body": [
            (
                "paragraph",
                "<p>Negotiations on a trade agreement between the European Union and a group of south-east Asian economies have stalled over an unlikely obstacle: how much of an electric bicycle must be made in the region for it to qualify for lower tariffs when it is shipped to Europe.</p>",
            ),
            (
                "paragraph",
                "<p>Rules of origin, which determine where a product legally comes from, are among the most technical parts of any trade deal, and among the most fiercely contested. In the case of e-bikes, the dispute centres on batteries and motors, which are often made in one country, fitted to frames in another and shipped to Europe from a third.</p>",
            ),
            (
                "paragraph",
                "<p>European negotiators want at least 60 per cent of the value of an e-bike to originate within the partner countries or the EU for it to benefit from the agreement. Their counterparts have proposed 40 per cent, arguing that a higher threshold would make the tariff cuts meaningless for an industry that depends on global supply chains.</p>",
            ),
            (
                "pull_quote",
                {
                    "quote": "If a bicycle can be assembled anywhere from parts made anywhere, then a trade agreement is just a very long label.",
                    "attribution": "Reinhard Oster",
                    "role": "Director, European Light Vehicle Makers",
                },
            ),
            (
                "paragraph",
                "<p>European manufacturers, who have spent years fighting what they regard as unfair competition, have lobbied hard for the stricter rule. Reinhard Oster, who directs a trade association representing light vehicle makers, said the industry supported the agreement in principle but would not accept terms that allowed components from outside the region to be 'relabelled' on their way to Europe.</p>",
            ),
            ("divider", None),
            (
                "paragraph",
                "<p>In Ardmere, the issue has an immediate local resonance. Velo Aure, which employs 340 people at its factory in the Kilnside industrial park, assembles around 90,000 electric bicycles a year and buys its frames from a supplier in Portugal. Its managing director, Priya Haldane, said a looser rule could allow competitors to undercut it by as much as a fifth.</p>",
            ),
            (
                "paragraph",
                "<p>Trade officials on both sides insist the talks have not broken down and that rules of origin are usually the last piece of a deal to fall into place. One option under discussion is a sliding scale, in which the threshold starts low and rises over several years, giving manufacturers time to build supply chains inside the region.</p>",
            ),
            (
                "paragraph",
                "<p>The next formal round of negotiations is scheduled for early next year. In the meantime, officials will hold technical meetings on e-bikes, solar panels and several categories of processed food, where similar disagreements over origin and local content have emerged in recent months.</p>",
            ),
        ],
    },
    {
        "section": "business",
        "slug": "kilnside-bakery-chain-adopts-living-wage",
        "headline": "Kilnside bakery chain adopts living wage ahead of rivals",
        "standfirst": "Brandt's, which runs 23 shops across the city, will raise its lowest hourly pay by 11 per cent. The owners say it will pay for itself in lower staff turnover.",
        "dateline": "ARDMERE",
        "days_ago": 14,
        "authors": [("staff-writers", "")],
        "tags": ["labour", "food"],
        "hero": {
            "subject": "Bread loaves on the counter of a neighbourhood bakery",
            "caption": "The original Brandt's shop on Kiln Street, which opened in 1957.",
            "credit": "Mariam Idris/Lord's Press",
        },
        "syndication": {
            "name": "Northern Rivers Courier",
            "url": "https://northernriverscourier.example/business/brandts-bakery-living-wage",
        },
        "body": [
            (
                "paragraph",
                "<p>Brandt's, the family-owned bakery chain that began with a single shop in Kilnside in 1957, is to raise pay for its lowest-paid staff to the level of the city's voluntary living wage, becoming the first large food retailer in Ardmere to do so.</p>",
            ),
            (
                "paragraph",
                "<p>From next month, the company's 410 employees will earn at least €15.20 an hour, an increase of 11 per cent for bakery assistants and counter staff. The living wage rate, calculated each year by an independent foundation, is intended to reflect the real cost of living in the city, including rent, and is higher than the national statutory minimum.</p>",
            ),
            (
                "paragraph",
                "<p>Elke Brandt, the third generation of her family to run the business, said the decision was partly commercial. The company has struggled to keep staff, with about half of its counter assistants leaving within a year, and she estimated that recruiting and training a replacement cost around €2,000 each time.</p>",
            ),
            (
                "paragraph",
                "<p>The increase will add roughly €900,000 a year to the company's wage bill. Ms Brandt said prices would rise by 'a few cents' on some items, but that she expected most of the cost to be offset by lower turnover and higher productivity. 'People who stay get better at the job,' she said. 'That is not a radical idea.'</p>",
            ),
            (
                "paragraph",
                "<p>The Ardmere Living Wage Foundation said it hoped other employers would follow. Around 180 organisations in the city are now accredited, most of them public bodies, charities and professional firms. Retail and hospitality, which employ the largest share of low-paid workers, remain under-represented.</p>",
            ),
        ],
    },
    {
        "section": "business",
        "slug": "energy-cooperative-plans-solar-on-public-roofs",
        "headline": "Energy co-operative plans solar panels on 40 public roofs",
        "standfirst": "Kilnside Community Energy wants to raise €3.8m from residents to cover schools, libraries and sports halls, selling the electricity to the council at a fixed price.",
        "dateline": "ARDMERE",
        "days_ago": 25,
        "authors": [("nadia-kowalczyk", "")],
        "tags": ["energy", "climate", "city council"],
        "hero": {
            "subject": "Solar panels on a church hall roof",
            "caption": "The co-operative's first installation, on the roof of St Aidan's church hall in Kilnside.",
            "credit": "Mariam Idris/Lord's Press",
        },
        "syndication": None,
        "body": [
            (
                "paragraph",
                "<p>A community energy co-operative in Ardmere is seeking to raise €3.8m from residents to install solar panels on the roofs of 40 public buildings, including schools, libraries and sports halls, in what would be the largest project of its kind in the city.</p>",
            ),
            (
                "paragraph",
                "<p>Kilnside Community Energy, founded in 2014 by a group of neighbours who pooled their savings to put panels on a church hall, has agreed heads of terms with the city council. Under the arrangement, the co-operative would lease the roofs for 25 years, install and maintain the panels, and sell the electricity to the council at a fixed price below what it currently pays.</p>",
            ),
            (
                "paragraph",
                "<p>The share offer, which opens next week, allows residents to invest from €100 upwards. The co-operative is targeting an annual return of 4 per cent to members, with part of its surplus paid into a fund to help low-income households insulate their homes. Shares are not covered by the deposit guarantee scheme, and the co-operative has warned investors that they could lose money.</p>",
            ),
            (
                "image",
                {
                    "subject": "Volunteers surveying a school roof",
                    "caption": "Volunteers from Kilnside Community Energy survey the roof of Brookfield Primary School, one of the 40 buildings in the scheme.",
                    "credit": "Mariam Idris/Lord's Press",
                    "alt": "Three people in high-visibility vests and hard hats stand on a flat grey roof, one holding a tablet, with the city skyline behind them.",
                },
            ),
            (
                "pull_quote",
                {
                    "quote": "The roofs are already there. The sun is already there. All we are doing is introducing them to each other.",
                    "attribution": "Leona Petrakis",
                    "role": "Chair, Kilnside Community Energy",
                },
            ),
            (
                "paragraph",
                "<p>Leona Petrakis, the co-operative's chair, said the project would generate about 3.1 gigawatt hours of electricity a year, enough to meet roughly a quarter of the annual needs of the buildings involved. She said the co-operative had been encouraged by the response to an earlier offer, which raised €600,000 in under three weeks.</p>",
            ),
            (
                "paragraph",
                "<p>The council's energy officer said the scheme would save the city about €140,000 a year on electricity bills and help it meet its target of halving emissions from public buildings by 2030. Opposition councillors welcomed the plan but asked why the council had not installed the panels itself, given that it can borrow more cheaply than a co-operative.</p>",
            ),
            (
                "paragraph",
                "<p>Officials said the council lacked the staff to manage a large installation programme and that the co-operative model kept the benefits within the community. Work on the first twelve buildings is due to begin in the spring if the share offer reaches its minimum target of €1.5m.</p>",
            ),
        ],
    },
    {
        "section": "business",
        "slug": "shipyard-wins-order-for-three-electric-ferries",
        "headline": "Holm & Barrow shipyard wins order for three electric ferries",
        "standfirst": "The €96m contract from Vell Ferries secures around 400 jobs at the yard for at least three years and marks its first order for battery-powered vessels.",
        "dateline": "ARDMERE",
        "days_ago": 50,
        "authors": [("marguerite-osei", "Reporting"), ("saoirse-dunleavy", "Photography")],
        "tags": ["ports", "manufacturing", "labour"],
        "hero": {
            "subject": "The Holm & Barrow shipyard cranes at sunrise",
            "caption": "The Holm & Barrow yard on the south bank of the Vell, the city's last remaining shipbuilder.",
            "credit": "Saoirse Dunleavy/Lord's Press",
        },
        "syndication": None,
        "body": [
            (
                "paragraph",
                "<p>The Holm &amp; Barrow shipyard has won a €96m order to build three battery-electric ferries for the river crossing between Ardmere and Westport, securing work for around 400 people at the yard for at least three years and giving the city's last remaining shipbuilder a foothold in a fast-growing market.</p>",
            ),
            (
                "paragraph",
                "<p>The ferries, each able to carry 300 passengers and 60 cars, will replace three diesel vessels that have worked the twenty-minute crossing since the late 1990s. They will be charged at automated stations on both banks during the few minutes they spend loading and unloading, and will carry enough battery capacity to complete several crossings if charging fails.</p>",
            ),
            (
                "paragraph",
                "<p>The contract was awarded by Vell Ferries, which is jointly owned by the two cities, after a tender that attracted bids from five yards, including two in northern Europe with extensive experience of electric vessels. The operator said Holm &amp; Barrow's bid was the most competitive on price and delivery, and had been assessed independently against the others.</p>",
            ),
            (
                "image",
                {
                    "subject": "Welders working on a hull section",
                    "caption": "Welders in the Holm & Barrow construction hall, where the first ferry's hull will be assembled.",
                    "credit": "Saoirse Dunleavy/Lord's Press",
                    "alt": "Two welders in protective masks kneel beside a large curved steel hull section as sparks fly, inside a cavernous industrial hall.",
                },
            ),
            (
                "pull_quote",
                {
                    "quote": "Ten years ago people asked whether this yard had a future. Today we have an order book and a waiting list for apprenticeships.",
                    "attribution": "Tove Barrow",
                    "role": "Managing director, Holm & Barrow",
                },
            ),
            (
                "paragraph",
                "<p>Tove Barrow, the yard's managing director and a great-granddaughter of one of its founders, said the order would allow the company to take on 45 apprentices over the next two years. The yard has spent about €12m since 2020 on a new construction hall and on training its workforce to install and test high-voltage systems.</p>",
            ),
            (
                "paragraph",
                "<p>Holm &amp; Barrow employed more than 3,000 people in the 1970s, when it built cargo ships and naval vessels, but shrank dramatically in the decades that followed. In recent years it has survived mainly by repairing ships and building specialist vessels for offshore wind farms, work it says will remain a core part of the business.</p>",
            ),
            (
                "paragraph",
                "<p>Unions welcomed the contract but urged the company to commit to sourcing more of its steel and components locally. The first ferry is scheduled to enter service in about two and a half years, with the other two following at intervals of six months.</p>",
            ),
        ],
    },
    {
        "section": "business",
        "slug": "bed-tax-receipts-rise-as-visitors-return",
        "headline": "Bed tax receipts rise as visitors return to the old town",
        "standfirst": "The city collected €7.4m from its tourist levy last year, a record. Residents' groups want a larger share spent on the neighbourhoods that host the most visitors.",
        "dateline": "ARDMERE",
        "days_ago": 75,
        "authors": [("marguerite-osei", "")],
        "tags": ["tourism", "city council", "budget"],
        "hero": {
            "subject": "Visitors crowding the old town's market square",
            "caption": "Visitors in the Corn Market, at the heart of the old town.",
            "credit": "Pieter Coster/Lord's Press",
        },
        "syndication": None,
        "body": [
            (
                "paragraph",
                "<p>Ardmere collected a record €7.4m from its tourist accommodation levy last year, according to figures presented to the council's finance committee, as visitor numbers climbed above their previous peak and the average length of stay grew longer. It is the third year in a row that receipts have risen.</p>",
            ),
            (
                "paragraph",
                "<p>The levy, introduced in 2017, adds €2.50 per person per night to the cost of hotel rooms and short-term rentals, with a lower rate for campsites and hostels. Receipts rose by 17 per cent on the previous year. Officials attributed the increase to more overseas visitors, more cruise passengers staying overnight and tighter enforcement against short-term rental hosts who had failed to register.</p>",
            ),
            (
                "paragraph",
                "<p>Under the rules that created the levy, the money must be spent on tourism promotion, cultural attractions and the upkeep of public spaces used by visitors. In practice, about half has gone on cleaning and maintenance in the old town and along the waterfront, with the rest funding the city's marketing agency and grants to museums and festivals.</p>",
            ),
            ("divider", None),
            (
                "paragraph",
                "<p>Residents' associations in the old town, where the number of short-term rental listings has roughly doubled in five years, say they see little of the benefit. They have called for part of the levy to be spent on services for the people who live there, such as later rubbish collections and more frequent cleaning of residential lanes rather than only the main squares.</p>",
            ),
            (
                "pull_quote",
                {
                    "quote": "We are not against visitors. We are against being treated as the scenery.",
                    "attribution": "Hilde Marsh",
                    "role": "Old Town Residents' Association",
                },
            ),
            (
                "paragraph",
                "<p>The council's tourism lead, Councillor Nils Arden, said the city was reviewing how the money was allocated and would consult residents before next year's budget. He said the levy had allowed the city to keep museums open for longer and was helping to pay for the restoration of the maritime museum, due to reopen later this year, without drawing on council tax.</p>",
            ),
            (
                "paragraph",
                "<p>Hotel owners, who initially opposed the levy, now largely accept it. The Ardmere Hoteliers' Association said it would resist any increase in the rate, but supported spending a larger share on the appearance of the city, which it described as 'the product we are all selling'.</p>",
            ),
        ],
    },
    # ------------------------------------------------------------------- culture
    {
        "section": "culture",
        "slug": "maritime-museum-reopens-after-restoration",
        "headline": "Vell Maritime Museum reopens after four-year restoration",
        "standfirst": "The Victorian galleries have been restored, the collection rehung and a glass hall built over the old dry dock. Entry for residents will remain free.",
        "dateline": "ARDMERE",
        "days_ago": 2,
        "authors": [("daniel-achterberg", "Reporting"), ("saoirse-dunleavy", "Photography")],
        "tags": ["museums", "heritage", "arts"],
        "hero": {
            "subject": "Crowds queuing along the quay outside the maritime museum",
            "caption": "More than 4,000 people queued along the quay for the reopening on Saturday.",
            "credit": "Saoirse Dunleavy/Lord's Press",
        },
        "syndication": None,
        "body": [
            (
                "paragraph",
                "<p>The Vell Maritime Museum reopened to the public on Saturday after a four-year, €34m restoration that has transformed a building many in Ardmere had come to regard as dusty and forbidding into one of the most ambitious museum spaces on this stretch of the coast.</p>",
            ),
            (
                "paragraph",
                "<p>More than 4,000 people queued along the quay for the opening, some arriving before dawn. Inside, they found the Victorian galleries stripped back to their original cast-iron columns and skylights, a collection rehung to tell the story of the port through the people who worked in it, and a new glass hall over the old dry dock, where the museum's largest object, a nineteenth-century pilot cutter, sits as if waiting for the tide.</p>",
            ),
            ("subheading", "From ships to the people who sailed them"),
            (
                "paragraph",
                "<p>The museum's director, Dr Yara Castellan, said the aim had been to move away from a collection arranged around ships and towards one arranged around lives. 'For a hundred years we told the story of Ardmere through its vessels,' she said. 'But a ship is a place where people work, and a port is a place where people live. We wanted visitors to meet them.'</p>",
            ),
            (
                "paragraph",
                "<p>The new displays draw heavily on material that had spent decades in storage. Among the highlights are the logbooks of the Saltmarket pilots, who guided vessels through the shifting sandbanks of the estuary; letters sent home by sailors of the city's merchant fleet; and a reconstructed dockers' canteen, complete with enamel mugs and a tea urn donated by the family of the man who ran it in the 1950s.</p>",
            ),
            (
                "image",
                {
                    "subject": "The pilot cutter in the new glass hall",
                    "caption": "The pilot cutter Margarethe, built in 1871, in the new glass hall over the old dry dock.",
                    "credit": "Saoirse Dunleavy/Lord's Press",
                    "alt": "A wooden sailing boat with a dark hull and a single tall mast stands on supports inside a bright glass hall, with visitors walking along a raised gallery around it.",
                },
            ),
            (
                "paragraph",
                "<p>The restoration was designed by the Ardmere practice Lund Okonkwo Architects, which won an international competition in 2018. Its most visible intervention is the glass hall, but conservators say the greater achievement lies in the repair of the original building, whose roof had been leaking into the upper galleries for more than a decade and whose foundations, sunk into reclaimed marshland, had begun to move.</p>",
            ),
            ("subheading", "A difficult budget"),
            (
                "paragraph",
                "<p>The project has not been without controversy. Its budget rose from an initial estimate of €22m to €34m, driven by the problems with the foundations and by sharp increases in construction costs. The city council covered most of the overrun, partly with money from the tourist accommodation levy, and the museum raised a further €5m from private donors and a national heritage fund.</p>",
            ),
            (
                "paragraph",
                "<p>Entry to the permanent collection will remain free for residents, who can register for a museum card at any city library. Visitors from elsewhere will pay €12, a charge introduced for the first time which the museum expects to raise about €1.4m a year. The decision has divided opinion, with residents' groups largely welcoming it and some tourism operators warning that it could deter day-trippers.</p>",
            ),
            ("embed", "https://www.youtube.com/watch?v=lordspress02"),
            (
                "paragraph",
                "<p>For those who worked on the docks, the reopening carried particular weight. Aurelio Tan, 81, who spent 38 years as a crane driver at the Eastern Terminal, stood for a long time in front of a photograph of his old gang, taken in 1968. 'We did not think anybody would put us in a museum,' he said. 'We thought museums were for admirals.'</p>",
            ),
            (
                "pull_quote",
                {
                    "quote": "We did not think anybody would put us in a museum. We thought museums were for admirals.",
                    "attribution": "Aurelio Tan",
                    "role": "Former crane driver, Eastern Terminal",
                },
            ),
            (
                "image",
                {
                    "subject": "A former docker looking at an archive photograph",
                    "caption": "Aurelio Tan, who worked as a crane driver for 38 years, finds his old gang in a photograph from 1968.",
                    "credit": "Saoirse Dunleavy/Lord's Press",
                    "alt": "An elderly man in a tweed jacket leans towards a large black-and-white photograph of dock workers mounted on a gallery wall.",
                },
            ),
            (
                "paragraph",
                "<p>The museum will open seven days a week, with late opening on Thursdays until nine in the evening. A programme of talks and family events runs through the coming months, and the first temporary exhibition, on the history of women in the city's fishing industry, is due to open in the spring. Full details are on the <a href=\"https://vellmaritime.example/visit\">museum's website</a>.</p>",
            ),
            ("related_article", "museums-should-charge-visitors-not-residents"),
            (
                "contributor_note",
                "Saoirse Dunleavy contributed photography and additional reporting.",
            ),
        ],
    },
    {
        "section": "culture",
        "slug": "review-the-salt-ledger",
        "headline": "The Salt Ledger review: a harbour town's secrets, patiently unpicked",
        "standfirst": "Liesel Marnoch's third novel follows a customs clerk through one winter in a declining port. It is slow, exact and quietly devastating.",
        "dateline": "ARDMERE",
        "days_ago": 4,
        "authors": [("daniel-achterberg", "")],
        "tags": ["books", "reviews"],
        "hero": {
            "subject": "A hardback novel resting on an old customs ledger",
            "caption": "The Salt Ledger by Liesel Marnoch is published by Kestrel & Vane.",
            "credit": "Mariam Idris/Lord's Press",
        },
        "syndication": None,
        "body": [
            (
                "paragraph",
                "<p>Liesel Marnoch's third novel opens with a number that does not add up. It is the winter of 1911, and Agnes Vey, a junior clerk in the customs house of an unnamed northern port, is checking the ledger of cargoes landed that week when she finds that a consignment of salt has been recorded twice, once as arriving and once as lost at sea. She corrects the error, initials the margin and thinks no more about it. The rest of the book is about what happens when she does.</p>",
            ),
            (
                "paragraph",
                "<p>Readers who know Marnoch's earlier work will recognise the territory. Like her debut, <i>The Pilot's Daughter</i>, this is a novel of small rooms and long corridors, of ink and damp wool and the smell of the tide through a window that will not quite close. The port is never named, but anyone who has walked along Ardmere's Saltmarket on a February afternoon will know its cobbles, its chandlers and its peculiar grey light.</p>",
            ),
            (
                "paragraph",
                "<p>What begins as a question of bookkeeping becomes, slowly, a question of conscience. The duplicated salt leads Agnes to a merchant house whose fortunes are propping up half the town, to a harbourmaster who prefers not to ask where his bonuses come from, and to a sailor's widow who has waited two years for compensation that the ledger says was paid. None of these discoveries is dramatic in itself. Marnoch is interested in the way a small dishonesty becomes structural, and in what it costs a person to notice.</p>",
            ),
            (
                "pull_quote",
                {
                    "quote": "It was not that nobody knew. It was that knowing had been divided so carefully among so many people that none of them held enough of it to feel its weight.",
                    "attribution": "Liesel Marnoch",
                    "role": "The Salt Ledger",
                },
            ),
            (
                "paragraph",
                "<p>This is a patient book, and it asks patience of its reader. The first hundred pages move at the pace of the customs house, and there were moments when I wished Marnoch would allow something, anything, to happen a little faster. But the slowness is deliberate. By the time the novel's one great confrontation arrives, in a snowbound counting room with the lamps turned low, every sentence carries the weight of everything that has come before.</p>",
            ),
            (
                "paragraph",
                "<p>Agnes herself is a remarkable creation: prim, ambitious, lonely and far cleverer than anyone around her suspects. Marnoch resists the temptation to make her a heroine. She makes mistakes, some of them cruel, and her motives are never entirely pure; she wants justice, but she also wants to be recognised as the person who found it. That ambiguity is the novel's great strength.</p>",
            ),
            (
                "paragraph",
                "<p>There are weaknesses. A subplot involving Agnes's brother, a would-be poet, feels like a remnant of a different book, and the final chapter, set decades later, ties up its loose ends a little too neatly. Some readers will also find the prose, with its fondness for inventories and lists, more exhausting than hypnotic.</p>",
            ),
            (
                "paragraph",
                "<p>But these are minor complaints about a novel of real seriousness and unusual moral intelligence. <i>The Salt Ledger</i> is a book about complicity, about how institutions protect themselves and about the price of keeping accurate records in a world that would rather you did not. It deserves readers well beyond the harbour towns it so lovingly describes. <i>The Salt Ledger</i> by Liesel Marnoch is published by Kestrel &amp; Vane (384pp, €24).</p>",
            ),
        ],
    },
    {
        "section": "culture",
        "slug": "city-orchestra-names-new-music-director",
        "headline": "Ardmere Philharmonic names 34-year-old conductor as music director",
        "standfirst": "Noor Vandeput, the orchestra's principal guest conductor for two seasons, will succeed a music director who has held the post since 2009.",
        "dateline": "ARDMERE",
        "days_ago": 11,
        "authors": [("daniel-achterberg", "")],
        "tags": ["music", "arts"],
        "hero": {
            "subject": "A conductor rehearsing with an orchestra",
            "caption": "Noor Vandeput in rehearsal with the Ardmere Philharmonic at the Harbour Concert Hall.",
            "credit": "Pieter Coster/Lord's Press",
        },
        "syndication": None,
        "body": [
            (
                "paragraph",
                "<p>The Ardmere Philharmonic has appointed Noor Vandeput, a 34-year-old conductor who has worked with the orchestra as principal guest conductor for the past two seasons, as its next music director, making her the youngest person and the first woman to hold the post in the orchestra's 112-year history.</p>",
            ),
            (
                "paragraph",
                "<p>Ms Vandeput, who trained as a violist before turning to conducting, will take up the post in two years' time, succeeding Viktor Halloran, who has led the orchestra since 2009 and announced last year that he would step down. She has signed an initial contract for five seasons and will conduct at least ten weeks a year in Ardmere.</p>",
            ),
            (
                "paragraph",
                "<p>Her appointment follows what the players describe as an unusually enthusiastic vote. Musicians have a formal say in the choice of music director, and the orchestra's leader, Ferdinand Bosch, said that after her first concert with them, a performance of Mahler's Sixth Symphony two seasons ago, 'there was not really a second candidate'.</p>",
            ),
            (
                "pull_quote",
                {
                    "quote": "An orchestra is not an instrument you play. It is a conversation you join, and this one is already very good at talking.",
                    "attribution": "Noor Vandeput",
                    "role": "Music director designate, Ardmere Philharmonic",
                },
            ),
            ("embed", "https://www.youtube.com/watch?v=lordspress04"),
            (
                "paragraph",
                "<p>Ms Vandeput said she wanted to expand the orchestra's work in schools and to take more concerts out of the concert hall, into the shipyard, the market halls and the city's neighbourhood churches. She also intends to commission a new work each season, at least half of them from composers living in the region.</p>",
            ),
            (
                "paragraph",
                "<p>The orchestra faces challenges. Its public funding has fallen in real terms for most of the past decade, and ticket sales, while recovering, have not returned to their earlier peak. The board hopes that a high-profile appointment will help to attract donors and younger audiences, and has launched a fundraising campaign to mark the change.</p>",
            ),
            (
                "paragraph",
                "<p>Mr Halloran said he was delighted by the choice. He will conduct his final season as music director in two years' time, including a complete cycle of the Sibelius symphonies, and has agreed to remain associated with the orchestra as conductor laureate.</p>",
            ),
        ],
    },
    {
        "section": "culture",
        "slug": "riverside-festival-unveils-free-programme",
        "headline": "Vell River Festival unveils programme with a third of events free",
        "standfirst": "This year's festival will run for ten days across 30 venues, with free concerts on the embankment and a new strand of work made with the city's neighbourhoods.",
        "dateline": "ARDMERE",
        "days_ago": 18,
        "authors": [("staff-writers", "")],
        "tags": ["festivals", "arts", "tourism", "music"],
        "hero": {
            "subject": "A floating stage on the river at night",
            "caption": "The floating stage moored off the Saltmarket during last year's festival.",
            "credit": "Pieter Coster/Lord's Press",
        },
        "syndication": None,
        "body": [
            (
                "paragraph",
                "<p>The Vell River Festival has announced a programme of more than 180 events over ten days, around a third of them free, as the organisers seek to broaden an audience that they acknowledge has become older and more affluent in recent years.</p>",
            ),
            (
                "paragraph",
                "<p>The festival, now in its 41st year, will take place across 30 venues, from the concert hall and the Corn Exchange Theatre to a disused grain silo on the eastern docks and a floating stage moored off the Saltmarket. Its opening weekend will feature free outdoor concerts on the embankment, including a performance by a choir of 400 schoolchildren from across the city.</p>",
            ),
            (
                "paragraph",
                "<p>The festival's director, Oskar Lime, said the increase in free events had been made possible by a three-year grant from the city's tourist levy and by a new sponsorship agreement with a regional bank. He said the organisers had been struck by research showing that fewer than one in ten of last year's ticket buyers lived in the city's three poorest districts.</p>",
            ),
            (
                "paragraph",
                "<p>A new strand, called Home Ground, will present work developed by artists in partnership with residents of Kilnside, Northbank and Ferrygate, including an oral history performance by former shipyard workers and an exhibition of photographs taken by teenagers on their mobile phones.</p>",
            ),
            (
                "paragraph",
                "<p>Tickets for paid events go on sale to members next week and to the general public a week later. The organisers said prices for most events would be frozen at last year's levels, and that a limited number of €5 tickets would be available for every paid performance to people under 26 and to those receiving benefits.</p>",
            ),
            ("related_article", "bed-tax-receipts-rise-as-visitors-return"),
        ],
    },
    {
        "section": "culture",
        "slug": "review-the-lamplighters-at-the-corn-exchange",
        "headline": "The Lamplighters review: a city's night shift, lit with tenderness",
        "standfirst": "Mairead Conlon's new play about the last gas lamplighters of a northern port is gentle, funny and occasionally too polite. The performances are superb.",
        "dateline": "ARDMERE",
        "days_ago": 33,
        "authors": [("daniel-achterberg", "")],
        "tags": ["theatre", "reviews", "arts"],
        "hero": {
            "subject": "Actors gathered beneath a single gas lamp on stage",
            "caption": "The cast of The Lamplighters at the Corn Exchange Theatre.",
            "credit": "Pieter Coster/Lord's Press",
        },
        "syndication": None,
        "body": [
            (
                "paragraph",
                "<p>In the last years before electricity reached its streets, the city employed a small band of men, and eventually a few women, to walk its lanes at dusk and dawn, lighting and extinguishing the gas lamps one by one. Mairead Conlon's new play, which opened at the Corn Exchange Theatre this week, imagines the last of them, in a single winter when everyone knows the work is ending and nobody will say so.</p>",
            ),
            (
                "paragraph",
                "<p>The set, by the designer Toby Amsel, is a masterpiece of economy: a single cast-iron lamp post, a sloping cobbled stage and a backcloth that shifts from violet to black to the grey of early morning as the evening goes on. The five lamplighters gather in a cramped depot between rounds, brewing tea, arguing about football and avoiding the letter from the corporation that sits unopened on the table.</p>",
            ),
            (
                "paragraph",
                "<p>Conlon writes superb dialogue, full of the dry, sideways humour of people who have spent too long in each other's company. The best scenes are the smallest: an apprentice being taught to read the weather from the colour of the flame, or the oldest of the lamplighters, played with immense dignity by Gerard Mullan, describing the one street he has lit every night for forty years.</p>",
            ),
            (
                "paragraph",
                "<p>Where the play falters is in its reluctance to let anything go badly wrong. The men face redundancy, poverty and the end of a way of life, yet the second act resolves each of their difficulties with a gentleness that feels more like wish than observation. One longs for Conlon to trust her characters with real anger.</p>",
            ),
            (
                "pull_quote",
                {
                    "quote": "You do not light a lamp for the street. You light it for whoever is walking home.",
                    "attribution": "Mairead Conlon",
                    "role": "The Lamplighters",
                },
            ),
            (
                "paragraph",
                "<p>The performances, though, are uniformly excellent. Niamh Farrow, as the crew's only woman, brings a wary intelligence to a role that could easily have been a symbol rather than a person, and Samuel Okoro-Kerr, as the apprentice, is funny and heartbreaking in equal measure. The director, Ruth Penhallow, keeps the pace unhurried without ever letting it drag.</p>",
            ),
            ("divider", None),
            (
                "paragraph",
                "<p>This is not a perfect play, but it is a generous and beautifully made one, and it will send audiences out into the night looking at the city's streets a little differently. <i>The Lamplighters</i> runs at the Corn Exchange Theatre until the end of next month, with tickets from €18 and standing places at €8 on the day of each performance.</p>",
            ),
        ],
    },
    {
        "section": "culture",
        "slug": "library-digitises-two-centuries-of-shipping-registers",
        "headline": "City library digitises two centuries of shipping registers",
        "standfirst": "More than 1.2 million pages recording every vessel to enter the port since 1790 are now searchable online, free of charge. Family historians are already making discoveries.",
        "dateline": "ARDMERE",
        "days_ago": 55,
        "authors": [("daniel-achterberg", "")],
        "tags": ["heritage", "libraries", "ports"],
        "hero": {
            "subject": "Leather-bound shipping registers on archive shelves",
            "caption": "Shipping registers in the basement store of Ardmere Central Library.",
            "credit": "Mariam Idris/Lord's Press",
        },
        "syndication": None,
        "body": [
            (
                "paragraph",
                "<p>Ardmere's central library has completed the digitisation of the port's shipping registers, making more than 1.2 million handwritten pages recording the arrival and departure of every vessel since 1790 searchable online for the first time. The archive is free to use and requires no registration.</p>",
            ),
            (
                "paragraph",
                "<p>The registers, held in a climate-controlled basement beneath the library since the port authority transferred them in 1962, list each ship's name, master, tonnage, cargo and port of origin and, for much of the nineteenth century, the names of its crew. They have long been consulted by historians, but access was limited to a reading room that could seat eight people at a time.</p>",
            ),
            (
                "paragraph",
                "<p>The project took six years and cost €2.3m, funded by a national digital heritage programme, the port authority and a bequest from a local shipping family. A team of volunteers, most of them retired, spent more than 40,000 hours checking the output of handwriting recognition software against the originals and correcting names the machines had garbled.</p>",
            ),
            (
                "image",
                {
                    "subject": "A volunteer comparing a handwritten register with a screen",
                    "caption": "A volunteer checks a page from the 1854 register against its digitised version.",
                    "credit": "Mariam Idris/Lord's Press",
                    "alt": "A woman wearing white cotton gloves turns the page of a large leather-bound ledger filled with copperplate handwriting, while a computer screen beside her shows the same page.",
                },
            ),
            (
                "pull_quote",
                {
                    "quote": "Every line in these books is somebody's great-great-grandfather. Now their families can find them without taking a day off work.",
                    "attribution": "Greta Solberg",
                    "role": "Head of special collections, Ardmere Central Library",
                },
            ),
            (
                "paragraph",
                '<p>Greta Solberg, the library\'s head of special collections, said the <a href="https://ardmerelibraries.example/shipping-registers">online archive</a> had been consulted more than 90,000 times in its first week, by visitors from 60 countries. Many were descendants of sailors who left Ardmere for the Americas or Australia in the nineteenth century and never returned, and whose families had lost track of where they came from.</p>',
            ),
            (
                "paragraph",
                "<p>Historians say the digitised registers will also make new kinds of research possible. Because the data can now be analysed at scale, it will be possible to trace how the port's trade shifted over two centuries, from timber and salt to coal, grain and eventually containers, and to follow individual sailors across decades of voyages.</p>",
            ),
            (
                "paragraph",
                "<p>The library intends to add the harbourmasters' logs and a collection of crew agreements to the online archive over the next three years, subject to funding. The original registers will remain available to researchers by appointment, and the library is recruiting a second cohort of volunteers to help with the next phase.</p>",
            ),
        ],
    },
    {
        "section": "culture",
        "slug": "dockside-photographs-go-on-show",
        "headline": "Fifty years of the docks, in black and white",
        "standfirst": "An exhibition at the Kilnside Arts Centre brings together three photographers' pictures of Ardmere's port, from the last sailing barges to the first automated cranes.",
        "dateline": "ARDMERE",
        "days_ago": 100,
        "authors": [("saoirse-dunleavy", "")],
        "tags": ["photography", "arts", "ports", "heritage"],
        "hero": {
            "subject": "Visitors in a gallery hung with black-and-white photographs",
            "caption": "Docklands: Fifty Years in Black and White at the Kilnside Arts Centre.",
            "credit": "Saoirse Dunleavy/Lord's Press",
        },
        "syndication": None,
        "body": [
            (
                "paragraph",
                "<p>The first photograph in the Kilnside Arts Centre's new exhibition was taken in 1958, on a glass plate, by a customs officer who carried his camera to work in a biscuit tin. It shows three men unloading sacks of grain from a sailing barge, their faces turned towards the lens with an expression somewhere between suspicion and pride. The last was taken in 2008, the year the Eastern Terminal's cranes went automatic.</p>",
            ),
            (
                "paragraph",
                "<p>Between them, the 140 images in <i>Docklands: Fifty Years in Black and White</i> trace the transformation of Ardmere's port from a place of hand labour to one of machines. The exhibition draws on the archives of three photographers, the customs officer Edvard Lunde, the press photographer Maureen Kett and the documentary photographer Tobias Renn, none of whom has been shown in the city on this scale before.</p>",
            ),
            (
                "image",
                {
                    "subject": "A 1958 photograph of dockers unloading a sailing barge",
                    "caption": "Unloading grain at the Old Quay, 1958. Photograph by Edvard Lunde, from the exhibition.",
                    "credit": "Edvard Lunde Estate/Lord's Press",
                    "alt": "A grainy black-and-white photograph of three men in flat caps carrying sacks across a gangplank from a wooden sailing barge moored against a stone quay.",
                },
            ),
            (
                "paragraph",
                "<p>Kett, who worked for Lord's Press from 1961 to 1993 and was its chief photographer for much of that time, is the revelation. Her pictures of the dock strike of 1972, taken from among the pickets rather than from behind police lines, have all the urgency of the moment. Her quieter work, of crane drivers eating lunch sixty metres above the water, is better still. I should declare an interest: she was, at two removes, my predecessor, and I grew up on her pictures.</p>",
            ),
            (
                "paragraph",
                "<p>The exhibition is arranged chronologically, and the effect of walking through it is of watching the people gradually leave the frame. In the early rooms the quays are crowded; by the 1990s they are vast, empty spaces populated by containers and the occasional figure in a high-visibility jacket, dwarfed by the machinery around them.</p>",
            ),
            (
                "paragraph",
                "<p>It would have been easy to make this a nostalgic show, and there is certainly nostalgia here. But the curators have resisted sentimentality, placing beside the photographs testimony from dockers about injuries, casual hiring and the relief, for some, when the hardest work was mechanised. <i>Docklands</i> runs at the Kilnside Arts Centre until the end of the year. Entry is free.</p>",
            ),
        ],
    },
    # --------------------------------------------------------------------- world
    {
        "section": "world",
        "slug": "maritime-talks-agree-first-steps-on-fuel-levy",
        "headline": "Maritime talks agree first steps towards a global levy on shipping emissions",
        "standfirst": "Delegates from more than 100 countries backed a timetable for pricing greenhouse gas emissions from ships, though the size of the charge and how the money is spent remain unresolved.",
        "dateline": "LONDON",
        "days_ago": 0,
        "authors": [("jonah-whitcombe", "")],
        "tags": ["shipping", "climate", "trade", "energy"],
        "hero": {
            "subject": "A container ship leaving port under a heavy sky",
            "caption": "International shipping accounts for roughly 3 per cent of global greenhouse gas emissions.",
            "credit": "Pieter Coster/Lord's Press",
        },
        "syndication": None,
        "body": [
            (
                "paragraph",
                "<p>Delegates from more than 100 countries agreed in London on Friday to a timetable for introducing a levy on greenhouse gas emissions from international shipping, a step that supporters hailed as a breakthrough for one of the hardest sectors of the global economy to clean up, and that critics dismissed as little more than a promise to keep talking. The agreement came shortly before midnight, after the final session had been suspended twice so that delegations could consult their capitals, and it was greeted with applause that several participants described as more relieved than jubilant. Some delegates had already left for the airport; others were still arguing over commas as the gavel came down.</p>",
            ),
            (
                "paragraph",
                "<p>The agreement, reached after two weeks of negotiations at the Intergovernmental Maritime Conference, commits participating states to adopt a pricing mechanism for emissions from ships within two years and to bring it into force within four. It does not set the level of the charge, which will be the subject of further talks, nor does it settle how the revenue should be distributed. Those two questions, officials acknowledged, are the ones on which previous attempts to price shipping emissions have foundered, and they remain as contentious as ever. A negotiator from one European delegation said the deal had 'bought the process two more years of life, which is not nothing, but is not a price either'.</p>",
            ),
            (
                "paragraph",
                "<p>International shipping accounts for roughly 3 per cent of global greenhouse gas emissions, about the same as a large industrialised country. Because ships operate across borders, burn fuel in international waters and are often registered in states other than those where their owners are based, the sector has largely fallen outside national climate targets. For years it has been left to an international process that moves at the pace of its most reluctant members, and in which a handful of flag states carry a weight out of all proportion to their size. Ships also last for decades, so vessels ordered this year will still be burning fuel in the 2050s.</p>",
            ),
            (
                "paragraph",
                "<p>This is not the first attempt to put a price on shipping's carbon. Proposals for a fuel levy were first tabled more than a decade ago and were repeatedly shelved, partly because of disagreements between richer and poorer countries over responsibility for past emissions, and partly because of resistance from some of the largest flag states, which register a large share of the world's fleet. What changed this time, several delegates said, was the threat of regional action: with the European Union already bringing shipping into its own emissions trading system, many states concluded that a single global scheme would be less disruptive than a growing patchwork of national and regional charges.</p>",
            ),
            ("subheading", "Who pays, and who benefits"),
            (
                "paragraph",
                "<p>The most difficult disagreements concerned the revenue. A coalition of Pacific and Caribbean island states, which are among the most exposed to rising seas and among the most dependent on imported goods, argued that a substantial share should be used to help poorer countries adapt to climate change. Several large exporting economies warned that a high levy would raise the cost of their goods in distant markets, and insisted that most of the money should instead be spent on developing cleaner fuels and the ships to burn them. Some delegations also sought exemptions for routes serving small islands and remote communities, where higher freight costs would fall directly on the price of food.</p>",
            ),
            (
                "pull_quote",
                {
                    "quote": "For us this is not an abstraction about tonnes of carbon. It is about whether our harbours will still be above water when our grandchildren need them.",
                    "attribution": "Losa Tamapua",
                    "role": "Lead negotiator for a group of Pacific island states",
                },
            ),
            (
                "paragraph",
                "<p>The final text reflects a compromise. It states that revenue should support both 'the transition of the sector' and 'a just and equitable transition for developing states', without specifying proportions. Losa Tamapua, who led negotiations for a group of Pacific states, said the wording was weaker than she had hoped but represented the first time such an obligation had been written into a maritime agreement. 'We came here to get a sentence into a treaty,' she said. 'We have the sentence. Now we need the money that goes with it.' Her group will now press for a formula guaranteeing a fixed share.</p>",
            ),
            (
                "image",
                {
                    "subject": "Delegates in a conference hall during a plenary session",
                    "caption": "Delegates during the final plenary session in London on Friday evening.",
                    "credit": "Lena Hartmann/Lord's Press",
                    "alt": "Rows of delegates seated at long curved desks with microphones and national name plates, facing a large screen at the front of a conference hall.",
                },
            ),
            (
                "paragraph",
                "<p>Shipping industry associations, which have generally supported a global levy as preferable to a patchwork of regional measures, welcomed the timetable. Several large container lines have already ordered vessels capable of running on methanol or ammonia, but those fuels remain considerably more expensive than conventional marine fuel oil and are available in only a handful of ports. Owners have said repeatedly that they need a clear and predictable price signal before committing billions of euros to ships that will sail for twenty-five years or more. They also welcomed a provision that could allow revenue to reward early movers, though its details have yet to be written.</p>",
            ),
            (
                "paragraph",
                "<p>Environmental groups were more critical. They noted that the agreement's overall emissions target, a reduction of at least 40 per cent by 2035 compared with 2008 levels, was unchanged from previous commitments, and warned that the two-year period for agreeing a price left ample room for states opposed to the levy to water it down. One campaigner, who has attended the talks for more than a decade, said negotiators had 'agreed to agree, which in this building counts as a good week'. They also noted that no penalties had been agreed for states that miss the deadline.</p>",
            ),
            ("divider", None),
            (
                "paragraph",
                "<p>For ports such as Ardmere, the implications are significant but uncertain. A carbon price on shipping would increase the cost of long-distance trade and could favour shorter routes and nearer suppliers, a shift that might benefit mid-sized ports serving regional markets. It would also create demand for new fuelling infrastructure, storage tanks, pipelines and the electricity to power them, which several European ports are already competing to build, often with generous public subsidy and with an eye on the jobs that come with it. Some fear the competition could become a subsidy race.</p>",
            ),
            (
                "paragraph",
                "<p>Anders Kell, chief executive of the Port of Ardmere, who attended the talks as part of a delegation of European port authorities, said the city needed to decide quickly whether it wanted to be a supplier of new fuels or merely a customer of them. 'The ports that move first will set the terms,' he said. 'The ones that wait will take whatever is left.' He said the port would present options to its board early next year, including a possible partnership with an energy company to produce fuel from offshore wind. He added that the port's grid connection would need upgrading either way.</p>",
            ),
            (
                "paragraph",
                "<p>In Ardmere itself, the debate has a more immediate edge. The port's container business has lost ground to deeper-water rivals, and its bulk trades in grain, timber and rice depend on long-distance routes that a carbon price would make more expensive. At the same time, the city has ambitions in offshore wind, and the shipyard on the south bank has begun building electric ferries for the river crossing. Local business leaders said the challenge would be to ensure that the costs of the transition did not fall on the port's traditional trades before the new ones were large enough to replace the jobs they support.</p>",
            ),
            (
                "paragraph",
                "<p>Negotiators will meet again in the spring to begin work on the level of the charge. Officials said they expected proposals ranging from a modest flat fee per tonne of emissions to a more ambitious price that would rise steadily over time, possibly combined with a standard requiring ships to use progressively cleaner fuels. Whatever emerges will have to win the support of a large majority of states, including several that made clear this week that their agreement to the timetable should not be mistaken for agreement to anything else. Few expect the next round to be any shorter than this one.</p>",
            ),
            ("related_article", "port-volumes-fall-as-shipping-lines-reroute"),
        ],
    },
    {
        "section": "world",
        "slug": "canal-draught-limits-return-as-rains-falter",
        "headline": "Panama Canal reimposes draught limits as the rains falter",
        "standfirst": "Ships using the canal must again carry less cargo after a weak rainy season left the lake that feeds its locks below normal levels. Shipping lines warn of higher costs.",
        "dateline": "PANAMA CITY",
        "days_ago": 7,
        "authors": [("jonah-whitcombe", "")],
        "tags": ["shipping", "water", "trade"],
        "hero": {
            "subject": "A cargo ship passing through canal locks",
            "caption": "A container ship in the newer locks on the Atlantic side of the canal.",
            "credit": "Tomás Aguirre/Lord's Press",
        },
        "syndication": None,
        "body": [
            (
                "paragraph",
                "<p>The authority that runs the Panama Canal has reintroduced restrictions on how deeply ships can be loaded, after a weaker than expected rainy season left Gatun Lake, the artificial reservoir that supplies the canal's locks, well below its normal level for the time of year.</p>",
            ),
            (
                "paragraph",
                "<p>From next week, the largest vessels using the canal's newer locks will be limited to a draught of 14.3 metres, down from just over 15 metres. Shipping lines say the change will force some container ships to leave behind several hundred boxes on each transit, or to divide cargo between vessels, raising costs for importers on both sides of the Atlantic and Pacific.</p>",
            ),
            (
                "paragraph",
                "<p>Each transit through the canal uses millions of litres of fresh water, which flows from the lake into the locks and then out to sea. The same lake supplies drinking water to about half of Panama's population, and the authority has said that household supply will take priority over shipping if levels continue to fall.</p>",
            ),
            (
                "pull_quote",
                {
                    "quote": "The canal was built on the assumption that the rain would come. We can no longer treat that as a law of nature.",
                    "attribution": "Rosa Medina",
                    "role": "Water resources engineer",
                },
            ),
            (
                "paragraph",
                "<p>Rosa Medina, a water resources engineer who has advised on the canal's long-term planning, said the restrictions reflected a pattern of more erratic rainfall that engineers had been tracking for several years. She said plans to build a new reservoir on a nearby river were essential, though the project has faced opposition from communities who would have to be relocated.</p>",
            ),
            (
                "paragraph",
                "<p>The restrictions come as shipping lines are already contending with disruption on other major trade routes. Analysts said the combined effect was to stretch the global fleet, as ships spend longer at sea on longer routes, and to push up freight rates on some services, particularly between Asia and the east coast of the Americas.</p>",
            ),
            (
                "paragraph",
                "<p>For European ports, the effects are indirect but real. Carriers have rearranged their schedules repeatedly over the past two years in response to the canal restrictions, and ports with limited flexibility, including Ardmere, have reported more cancelled and delayed calls as a result.</p>",
            ),
            (
                "paragraph",
                "<p>The canal authority said it would review the restrictions weekly and ease them if rainfall improved. Meteorologists in the region expect rainfall to be close to normal in the coming weeks, but caution that the lake will take months to recover, and that a second weak rainy season would leave the canal facing much tighter limits.</p>",
            ),
        ],
    },
    {
        "section": "world",
        "slug": "research-ship-returns-with-deep-sea-samples",
        "headline": "Research ship returns from the South Atlantic with deep-sea specimens",
        "standfirst": "The University of Ardmere's RV Kittiwake has completed a nine-week expedition to survey life on an undersea ridge, collecting specimens that may include dozens of species new to science.",
        "dateline": "CAPE TOWN",
        "days_ago": 22,
        "authors": [("staff-writers", "")],
        "tags": ["science", "climate", "shipping"],
        "hero": {
            "subject": "A research vessel moored at a quay beneath a flat-topped mountain",
            "caption": "The RV Kittiwake in Cape Town harbour after its nine-week expedition.",
            "credit": "Thandi Mokoena/Lord's Press",
        },
        "syndication": {
            "name": "The Harbour Gazette",
            "url": "https://harbourgazette.example/news/kittiwake-returns-from-south-atlantic",
        },
        "body": [
            (
                "paragraph",
                "<p>The research vessel Kittiwake, operated by the University of Ardmere, docked in Cape Town on Monday after a nine-week expedition to survey marine life along an undersea mountain ridge in the South Atlantic, bringing back more than 3,000 specimens that scientists believe may include dozens of species not previously described.</p>",
            ),
            (
                "paragraph",
                "<p>The expedition, a collaboration between the university and marine institutes in South Africa, Brazil and Norway, used a remotely operated vehicle to explore the slopes of the ridge at depths of up to 4,200 metres. The team recorded cold-water corals, glass sponges and dense communities of animals clustered around cracks in the seabed where mineral-rich fluid seeps from below.</p>",
            ),
            (
                "paragraph",
                "<p>The chief scientist, Dr Ingrid Osterhout, said the region was among the least studied parts of the world's oceans. 'We were often the first people ever to see these places,' she said. 'On some dives we were finding animals faster than we could name them.' Formally identifying and describing the specimens will take several years.</p>",
            ),
            (
                "paragraph",
                "<p>The research has a practical dimension. Parts of the ridge contain mineral deposits that have attracted interest from deep-sea mining companies, and the scientists say their survey will provide baseline information about ecosystems that could be affected if mining were permitted. Several governments have called for a moratorium until more is known.</p>",
            ),
            (
                "paragraph",
                "<p>The Kittiwake, a 64-metre vessel launched in 2016, will undergo maintenance in Cape Town before beginning the voyage home to Ardmere next month. The specimens will be shipped separately and divided between the participating institutions, with a selection due to go on display at the Vell Maritime Museum next year.</p>",
            ),
        ],
    },
    {
        "section": "world",
        "slug": "african-fintechs-eye-european-remittance-market",
        "headline": "Kenyan payment start-ups set their sights on Europe's remittance market",
        "standfirst": "Firms that grew up on mobile money are seeking European licences, promising to cut the cost of sending money home. Regulators and established operators are wary.",
        "dateline": "NAIROBI",
        "days_ago": 28,
        "authors": [("jonah-whitcombe", "Reporting")],
        "tags": ["finance", "migration", "technology"],
        "hero": {
            "subject": "Engineers working at laptops in a bright co-working space",
            "caption": "Engineers at Pesa Bridge's offices in Nairobi's Westlands district.",
            "credit": "Achieng Odhiambo/Lord's Press",
        },
        "syndication": None,
        "body": [
            (
                "paragraph",
                "<p>In a co-working space in Nairobi's Westlands district, a dozen engineers at a payments company called Pesa Bridge are testing software that will, they hope, let a nurse in Ardmere send money to her mother in Kisumu for a fraction of what it costs today. The company applied this month for a licence to operate as a payment institution in the European Union.</p>",
            ),
            (
                "paragraph",
                "<p>Pesa Bridge is one of a growing number of African financial technology firms looking to Europe. Having built businesses on the back of mobile money services, which allow people to pay for goods and transfer cash by text message, they now want a share of the remittances sent home by African workers living abroad, a flow worth tens of billions of dollars a year.</p>",
            ),
            (
                "paragraph",
                "<p>Sending money remains expensive. International development targets call for fees on remittances to fall to 3 per cent of the amount sent, but transfers from Europe to much of sub-Saharan Africa still typically cost between 6 and 8 per cent, according to industry estimates. Much of that cost comes from currency conversion and from the layers of banks through which a payment passes.</p>",
            ),
            (
                "pull_quote",
                {
                    "quote": "The money already moves instantly inside Kenya. The expensive part is the last few thousand kilometres.",
                    "attribution": "Wanjiru Kamau",
                    "role": "Co-founder, Pesa Bridge",
                },
            ),
            (
                "paragraph",
                "<p>Wanjiru Kamau, one of the company's co-founders, said Pesa Bridge could offer transfers for under 2 per cent by paying directly into recipients' mobile wallets and by holding balances in both currencies. The company has raised $14m from investors in Kenya, Nigeria and the United States, and employs 120 people.</p>",
            ),
            (
                "paragraph",
                "<p>European regulators say they welcome competition but are cautious. Payment firms must meet strict rules on safeguarding customers' money and preventing money laundering, and several new entrants have had their licences restricted in recent years after failing to meet those standards. Established money transfer companies argue that newcomers often underestimate the cost of compliance.</p>",
            ),
            (
                "paragraph",
                "<p>In Ardmere, home to an estimated 8,000 people of East African origin, community organisations said they would welcome cheaper options. Grace Otieno, who runs an advice centre in Northbank, said many of the people she works with send money home every month and are acutely aware of the fees. 'For a family that depends on it, two per cent is the difference between school fees and no school fees,' she said.</p>",
            ),
            ("contributor_note", "Marguerite Osei contributed reporting from Ardmere."),
        ],
    },
    {
        "section": "world",
        "slug": "rice-prices-climb-as-exporters-curb-shipments",
        "headline": "Rice prices climb as Asian exporters curb shipments",
        "standfirst": "Benchmark prices have risen by a fifth in two months after several exporting countries restricted sales abroad to protect domestic supplies. Importers in Africa and the Middle East are most exposed.",
        "dateline": "BANGKOK",
        "days_ago": 45,
        "authors": [("jonah-whitcombe", "")],
        "tags": ["agriculture", "trade", "food"],
        "hero": {
            "subject": "Workers loading sacks of rice onto a barge",
            "caption": "Rice being loaded for export on the Chao Phraya river.",
            "credit": "Anan Siriwat/Lord's Press",
        },
        "syndication": None,
        "body": [
            (
                "paragraph",
                "<p>The price of rice on international markets has risen by about a fifth in two months, after several of Asia's largest exporters restricted shipments abroad in an effort to keep domestic prices in check following a poor monsoon in parts of the region.</p>",
            ),
            (
                "paragraph",
                "<p>Traders in Bangkok, one of the world's main rice markets, said benchmark prices for white rice had reached their highest level in more than a decade this week. Exporters reported a surge in inquiries from buyers in West Africa, the Middle East and South-East Asia seeking to secure supplies before prices rose further.</p>",
            ),
            (
                "paragraph",
                "<p>Rice is the staple food for more than half of the world's population, but only a small share of global production is traded internationally, most of it by a handful of countries. That makes the market unusually sensitive to decisions by individual governments, and export restrictions in one country can quickly push up prices for importers elsewhere.</p>",
            ),
            (
                "pull_quote",
                {
                    "quote": "When a big exporter closes the door, everyone else rushes for the same window.",
                    "attribution": "Somchai Ruangrit",
                    "role": "Rice trader, Bangkok",
                },
            ),
            (
                "paragraph",
                "<p>Somchai Ruangrit, a trader who has worked in the Bangkok market for three decades, said the situation reminded him of previous price spikes, when restrictions by one exporter prompted panic buying that drove prices far above what supply and demand alone would justify. He said some buyers were already stockpiling, which would make matters worse.</p>",
            ),
            (
                "image",
                {
                    "subject": "Sacks of rice stacked in a warehouse",
                    "caption": "Sacks of rice awaiting export at a warehouse near Bangkok's port.",
                    "credit": "Anan Siriwat/Lord's Press",
                    "alt": "Tall stacks of white woven sacks printed with blue lettering fill a dim warehouse, with a forklift parked in the aisle.",
                },
            ),
            (
                "paragraph",
                "<p>Aid agencies warned that poorer importing countries, particularly in West Africa, where rice has become an increasingly important part of urban diets, were most exposed. Higher import costs come at a time when many of those countries are already struggling with weak currencies, which make food imports more expensive in local terms.</p>",
            ),
            (
                "paragraph",
                "<p>In Europe, the direct effect on consumers is expected to be modest, since rice accounts for a small share of household food spending. Importers in Ardmere, which handles a significant share of the region's rice through its bulk terminal, said they had seen prices rise for some speciality varieties but did not expect shortages.</p>",
            ),
        ],
    },
    {
        "section": "world",
        "slug": "heat-study-urges-cities-to-plan-cooling-centres",
        "headline": "Cities should plan for heat as they plan for snow, study urges",
        "standfirst": "A review of 80 European cities found that fewer than a third had a published plan for protecting residents during heatwaves, despite heat being the deadliest weather hazard on the continent.",
        "dateline": "GENEVA",
        "days_ago": 60,
        "authors": [("staff-writers", "")],
        "tags": ["heatwave", "health", "climate"],
        "hero": {
            "subject": "People resting in an air-conditioned public hall",
            "caption": "A cooling centre in a public library during last summer's heatwave.",
            "credit": "Lena Hartmann/Lord's Press",
        },
        "syndication": None,
        "body": [
            (
                "paragraph",
                "<p>Fewer than a third of large European cities have a published plan for protecting residents during extreme heat, according to a study by a Geneva-based research group, which urged local authorities to treat heatwaves with the same seriousness as floods and winter storms.</p>",
            ),
            (
                "paragraph",
                "<p>The Global Urban Health Observatory reviewed the emergency plans of 80 cities with populations above 250,000 and found that only 24 had a dedicated heat plan setting out measures such as cooling centres, checks on vulnerable residents and changes to working hours. Many others referred to heat only briefly, as a matter for national health authorities.</p>",
            ),
            (
                "paragraph",
                "<p>The authors noted that heat is responsible for more deaths in Europe than any other weather hazard, with older people, those living alone and people with heart and lung conditions at greatest risk. Unlike floods, heatwaves leave little visible damage, which they said helped to explain why they received less attention from planners.</p>",
            ),
            (
                "pull_quote",
                {
                    "quote": "Nobody would accept a city that had no plan for snow. Yet we accept cities with no plan for heat, which kills far more people.",
                    "attribution": "Dr Amara Diallo",
                    "role": "Lead author, Global Urban Health Observatory",
                },
            ),
            ("subheading", "Simple measures, large effects"),
            (
                "paragraph",
                "<p>The study's lead author, Dr Amara Diallo, said many of the most effective measures were inexpensive. Opening air-conditioned public buildings for longer, telephoning isolated older residents and adjusting the hours of outdoor workers could all be done quickly, she said, but required planning and coordination before a heatwave arrived rather than during it.</p>",
            ),
            (
                "paragraph",
                "<p>In the longer term, the authors recommended planting trees, creating shaded public spaces and changing building regulations to reduce the amount of heat absorbed by roofs and walls. They pointed to several southern European cities that had introduced such measures after deadly heatwaves as examples of what could be achieved within a decade.</p>",
            ),
            (
                "paragraph",
                "<p>Ardmere was not among the cities included in the study, which focused on larger urban areas. The city council's emergency planning office said it was reviewing its own arrangements and expected to publish a heat plan before next summer, following consultation with the health service and community groups.</p>",
            ),
        ],
    },
    {
        "section": "world",
        "slug": "ardmere-signs-port-partnership-with-montevideo",
        "headline": "Ardmere signs port partnership with Montevideo",
        "standfirst": "The five-year agreement covers staff exchanges, shared research on cleaner fuels and closer cooperation on the timber and grain trades that already link the two harbours.",
        "dateline": "MONTEVIDEO",
        "days_ago": 110,
        "authors": [("jonah-whitcombe", "Reporting"), ("marguerite-osei", "Reporting")],
        "tags": ["ports", "trade", "shipping"],
        "hero": {
            "subject": "Port officials signing documents on a waterfront terrace",
            "caption": "Officials from both ports at the signing ceremony on the Montevideo waterfront.",
            "credit": "Tomás Aguirre/Lord's Press",
        },
        "syndication": None,
        "body": [
            (
                "paragraph",
                "<p>The Port of Ardmere has signed a five-year partnership agreement with the port authority in Montevideo, the Uruguayan capital, committing the two harbours to staff exchanges, joint research on cleaner shipping fuels and closer cooperation on the trades that already connect them.</p>",
            ),
            (
                "paragraph",
                "<p>The agreement was signed on Tuesday at a ceremony on the Montevideo waterfront attended by officials from both ports and by representatives of shipping lines and exporters. Ardmere is one of the main European destinations for Uruguayan timber and pulp, and handles a growing volume of grain and beef from the region.</p>",
            ),
            (
                "paragraph",
                "<p>Under the arrangement, each port will host up to a dozen staff from the other every year, including engineers, pilots and customs specialists. The two authorities will also share data on vessel emissions and cooperate on trials of shore power, which allows ships to plug into the electricity grid while in port instead of running their engines.</p>",
            ),
            (
                "pull_quote",
                {
                    "quote": "Our cargo already makes this journey every week. It is time our people and our ideas made it too.",
                    "attribution": "Lucía Ferreyra",
                    "role": "Director of international relations, Montevideo port authority",
                },
            ),
            (
                "paragraph",
                "<p>Lucía Ferreyra, who directs international relations for the Montevideo port authority, said the partnership reflected the strength of existing trade links and a shared interest in reducing emissions. She said Montevideo was particularly interested in Ardmere's experience of running a port inside a densely populated city, where noise and air quality are persistent concerns.</p>",
            ),
            (
                "paragraph",
                "<p>For Ardmere, the agreement is part of an effort to diversify its trading relationships as its container business faces competition from larger ports. Its chief executive, Anders Kell, said the port intended to sign similar agreements with two or three other partners over the next few years, focusing on bulk and agricultural trades where it has a competitive advantage.</p>",
            ),
            (
                "paragraph",
                "<p>The partnership is not binding and involves no direct financial commitments beyond the cost of staff exchanges, which each port will meet for its own employees. Some councillors in Ardmere have questioned the value of such agreements, but port officials said earlier partnerships had led to new shipping services and shared investments.</p>",
            ),
        ],
    },
    # ------------------------------------------------------------------- opinion
    {
        "section": "opinion",
        "slug": "cities-cannot-wait-their-way-out-of-housing-crisis",
        "headline": "Ardmere cannot wait its way out of a housing crisis",
        "standfirst": "The city has spent fifteen years commissioning reports on housing. It owns land, it can borrow and it knows what works. What it lacks is the nerve to start.",
        "dateline": "",
        "days_ago": 1,
        "authors": [("rupert-hale", "")],
        "tags": ["housing", "city council"],
        "hero": {
            "subject": "Cranes over a half-finished housing block at dusk",
            "caption": "New flats under construction in Northbank. Fewer than 800 homes have been built on public land since 2019.",
            "credit": "Pieter Coster/Lord's Press",
        },
        "syndication": None,
        "body": [
            (
                "paragraph",
                "<p>Every few years, Ardmere City Council commissions a report on housing. The reports are usually good. They are thorough, carefully argued and full of charts showing rents climbing steadily away from wages. They recommend building more homes, particularly homes that people on ordinary incomes can afford, and they identify the sites on which those homes could be built. Then they are received, noted, welcomed and filed, and a few years later the council commissions another one, which finds, to nobody's great surprise, that things have got worse in the meantime. It is a ritual as reliable as the tides, and about as productive.</p>",
            ),
            (
                "paragraph",
                "<p>I have read seven of them. The earliest, from 2009, warned that the city would face 'acute affordability pressures' within a decade if it did not double its rate of house building. It did not, and it does. The most recent, published last spring, says much the same thing with better graphics. In between, average rents in the city have risen by roughly two thirds, and the waiting list for social housing has grown to more than 11,000 households, many of them families with children living in a single room. Some have been waiting since before the first report was written.</p>",
            ),
            (
                "paragraph",
                "<p>This is not a story of villains. Councillors of every party say they want more affordable homes, and most of them mean it. The officials who write the reports are competent and sincere, and several of them are as frustrated as anyone. The problem is subtler, and in some ways worse: a political culture in which commissioning a study has come to feel like a form of action, and in which every decision can be deferred until there is more evidence, more consultation, more certainty than any real decision will ever enjoy. Nobody is ever blamed for asking another question.</p>",
            ),
            ("subheading", "The land is already there"),
            (
                "paragraph",
                "<p>The frustrating thing is that the city is not powerless. It owns, directly or through its companies, a remarkable amount of land: former depots, surplus school sites, car parks, the sprawling yard behind the old gasworks on the eastern docks. A survey commissioned, inevitably, in 2019 identified enough publicly owned land within the city boundary for around 6,000 homes. Fewer than 800 have since been built on it. Much of the rest is still fenced off, still awaiting a decision, still costing money to secure and maintain. Walk past the gasworks yard on any weekday and you will see buddleia, puddles and a bored security guard.</p>",
            ),
            (
                "pull_quote",
                {
                    "quote": "Commissioning a study has come to feel like a form of action. It is not. It is a very well-written way of standing still.",
                    "attribution": "Rupert Hale",
                    "role": "Columnist",
                },
            ),
            (
                "paragraph",
                "<p>It can also borrow. Local authorities can raise long-term finance at rates that private developers can only envy, and the rents from new council homes would, over a generation, repay the debt. Other cities have done exactly this. Vienna is the famous example, and the council's own officials have just been there to study it, but there are closer ones, in cities of a similar size to ours, which decided a decade ago to become developers again and now have thousands of homes to show for it. The sums are not exotic; they are in the council's own treasury reports.</p>",
            ),
            (
                "paragraph",
                "<p>And it knows what works. Building on public land, on long leases, with design competitions judged on quality rather than price; insisting that a meaningful share of homes be let at social rents; investing in the homes it already owns rather than letting them decay until demolition seems the only option. None of this is mysterious or untested. Much of it is set out, in admirable detail, in the reports on the shelf in the housing department, several of them with my fingerprints on the margins. What is missing is not knowledge, nor money, nor land. It is will.</p>",
            ),
            (
                "paragraph",
                "<p>The usual objection is risk. Councils are not developers, the argument goes; they lack the skills, they will overpay contractors, and if the housing market turns they will be left holding debt and empty flats. These are fair concerns, and there are examples from other cities of municipal schemes that went badly wrong. But the risk of acting has to be weighed against the risk of not acting, which is borne every day by the families on the waiting list, by young workers leaving the city because they cannot afford to stay, and by employers who cannot recruit nurses, teachers and bus drivers because there is nowhere for them to live.</p>",
            ),
            ("subheading", "The Ferrygate lesson"),
            (
                "paragraph",
                "<p>The court's decision to halt the demolition of the Ferrygate estate should be read in this light. Whatever one thinks of its concrete walkways, and I happen to think well of them, the episode shows how the city's caution in some matters sits alongside a startling haste in others. The council was willing to knock down 312 homes on the strength of a hurried assessment, while leaving land it already owns standing empty for years. It is easier, apparently, to demolish than to decide. The judges did not say the estate must stand for ever. They said the council had not done its homework.</p>",
            ),
            (
                "paragraph",
                "<p>There is a further irony. The residents of Ferrygate have spent the past three years asking for the dull things that keep a building habitable: new windows, better insulation, repairs to the lifts, a caretaker who answers the telephone. The ombudsman's report on damp and mould found the same pattern across the council's housing. A city that cannot maintain the homes it has is in no position to promise a great many new ones, and it should begin by fixing that. Repair is not glamorous, but it is housing policy.</p>",
            ),
            (
                "paragraph",
                "<p>It would also require a change of tone. For too long, housing debates in the council chamber have been conducted as if the only choices were between doing nothing and doing everything: a grand regeneration scheme or none at all. Most of the homes the city needs could be built in modest blocks of four or five storeys on sites it already owns, designed by local architects, built by local firms and let to local people. That is not a revolution. It is what cities like ours did, quite routinely, for much of the last century, before we persuaded ourselves that it had become impossible.</p>",
            ),
            (
                "paragraph",
                "<p>None of this requires heroics. It requires a council willing to decide, at the start of a term, that it will build a certain number of homes on its own land by the end of it, and to organise itself to do so: a development company with proper staff, a published pipeline of sites, a borrowing plan approved once rather than fought over every year, and a commitment to report progress in public, every quarter, in a form that voters can understand without a degree in municipal finance. None of it needs a new report.</p>",
            ),
            (
                "paragraph",
                "<p>The mayor has eighteen months before the next election. She could spend them commissioning another report, and I have no doubt it would be excellent. Or she could take the last one off the shelf, open it at the recommendations and begin with the first of them. The city will not be short of evidence either way. What it is short of is homes, and every year spent studying the problem is another year in which thousands of families wait for an answer the council already has.</p>",
            ),
            ("related_article", "court-halts-ferrygate-flats-demolition"),
        ],
    },
    {
        "section": "opinion",
        "slug": "view-tram-strike-both-sides-must-return-to-talks",
        "headline": "The Lord's Press view on the tram strike: both sides must give ground",
        "standfirst": "Drivers are right to want predictable lives, and the transit authority is right that the network needs flexibility. The outline of a compromise is not hard to see.",
        "dateline": "",
        "days_ago": 2,
        "authors": [("staff-writers", "")],
        "tags": ["transport", "strikes", "labour"],
        "hero": {
            "subject": "An empty tram stop in the early morning",
            "caption": "A tram stop on Kiln Road. The strike would be the first on the network in a decade.",
            "credit": "Pieter Coster/Lord's Press",
        },
        "syndication": None,
        "body": [
            (
                "paragraph",
                "<p>Nobody in Ardmere wants a tram strike, least of all the drivers who will lose two days' pay for it. Yet unless something changes at next week's talks, the city will have its first walkout on the network in a decade, and the tens of thousands of people who rely on the trams to reach work, school and hospital appointments will bear the cost.</p>",
            ),
            (
                "paragraph",
                "<p>The dispute is not, at its heart, about money, which ought to make it easier to resolve. The drivers' complaint is that the proposed rosters would allow them to be scheduled for seven days in a row and would give them less notice of their shifts. For people with children, caring responsibilities or simply a life outside work, that is a serious matter, and the Transport Workers' Federation is right to press it.</p>",
            ),
            (
                "paragraph",
                "<p>The transit authority has a case too. Its current rostering system is rigid, and the network has suffered from cancellations that leave passengers stranded on cold platforms. A public service has a duty to run reliably, and the authority cannot do so if it has no flexibility at all in how it deploys its staff.</p>",
            ),
            (
                "paragraph",
                "<p>The outline of a deal is not difficult to see. The authority could limit consecutive shifts to six rather than seven, and keep the six-week notice period for most of the year while reserving the right to shorten it in clearly defined circumstances. The union could accept that some flexibility is needed, particularly to cover sickness and the busiest weeks of the year.</p>",
            ),
            (
                "paragraph",
                "<p>What is needed is goodwill, which has been in short supply. The authority's leadership has been slow to explain its proposals, and some union officials have been too quick to reach for the language of confrontation. Both should approach Monday's conciliation talks as if the strike were already a failure. For the city's passengers, it would be.</p>",
            ),
        ],
    },
    {
        "section": "opinion",
        "slug": "football-clubs-should-open-their-books",
        "headline": "Football clubs are civic institutions. Their accounts should read like it",
        "standfirst": "Ardmere Rovers' annual results, due this week, will probably be filed late and explained badly. Clubs that depend on public goodwill owe their supporters more.",
        "dateline": "",
        "days_ago": 4,
        "authors": [("marguerite-osei", "")],
        "tags": ["football", "finance"],
        "hero": {
            "subject": "Supporters' scarves tied to a stadium railing",
            "caption": "Scarves left on the railings outside the Riverside Stadium.",
            "credit": "Saoirse Dunleavy/Lord's Press",
        },
        "syndication": None,
        "body": [
            (
                "paragraph",
                "<p>Later this week Ardmere Rovers will file their annual accounts, as they do every year, in the last possible days before the legal deadline. If past form is any guide, the documents will run to forty-odd pages, the key numbers will be buried in the notes, and the club's statement to supporters will consist of three paragraphs about 'continued investment' and 'a challenging environment'. Then everyone will go back to talking about the team.</p>",
            ),
            (
                "paragraph",
                "<p>That is not good enough, and not only at Rovers. Football clubs occupy a peculiar place in the life of a city. They are private companies, often owned by people with no connection to the place, but they trade on loyalties that are anything but commercial. Supporters cannot easily take their custom elsewhere when they are unhappy.</p>",
            ),
            (
                "pull_quote",
                {
                    "quote": "Supporters do not choose their club the way they choose a supermarket. They inherit it.",
                    "attribution": "Marguerite Osei",
                    "role": "Business Editor",
                },
            ),
            (
                "paragraph",
                "<p>Clubs also depend heavily on public goodwill and, often, on public money. Rovers play in a stadium owned by the city, on a rent that has not changed in nearly a decade. The roads, tram services and policing that make match days possible are paid for by taxpayers. In return, the city is entitled to expect that the club is run prudently, and that its finances can be understood by the people who sustain it.</p>",
            ),
            (
                "paragraph",
                "<p>What would openness look like? At a minimum, clubs should publish a plain-language summary of their accounts, setting out revenue, wages, debt and to whom it is owed. They should explain any security granted over club assets, such as a stadium or training ground. And they should meet supporters' representatives at least once a year to answer questions about the numbers, not just about the manager.</p>",
            ),
            (
                "paragraph",
                "<p>None of this is radical. Several clubs elsewhere in Europe already do it, some because their ownership rules require it and others because they have learned that transparency buys patience in difficult seasons. The clubs that resist it tend to be those with the most to explain, and the longest memories among their creditors.</p>",
            ),
            (
                "paragraph",
                "<p>Rovers' owners have sometimes said that supporters do not care about the balance sheet as long as the team is winning. That was never entirely true, and after a decade of mounting losses it is certainly not true now. The supporters' trust has asked for a seat at the table. Publishing the numbers properly would be a cheaper place to start.</p>",
            ),
        ],
    },
    {
        "section": "opinion",
        "slug": "museums-should-charge-visitors-not-residents",
        "headline": "Museums should charge visitors, not the people who paid for them",
        "standfirst": "The maritime museum's plan to charge non-residents has been called parochial. It is the opposite: a fair way to keep culture free for those who fund it.",
        "dateline": "",
        "days_ago": 10,
        "authors": [("daniel-achterberg", "")],
        "tags": ["museums", "tourism", "arts"],
        "hero": {
            "subject": "The restored facade of the maritime museum",
            "caption": "The Vell Maritime Museum, which reopens next week after a four-year restoration.",
            "credit": "Saoirse Dunleavy/Lord's Press",
        },
        "syndication": None,
        "body": [
            (
                "paragraph",
                "<p>When the Vell Maritime Museum reopens next week, it will for the first time charge admission to some of its visitors. Residents of the city will continue to enter free, while visitors from elsewhere will pay €12. The announcement has drawn predictable objections, from tourism operators worried about day-trippers to commentators who find the idea of distinguishing between residents and outsiders faintly unpleasant. I think the museum has got it right.</p>",
            ),
            (
                "paragraph",
                "<p>Start with who pays. The restoration cost €34m, most of it from the city's budget and the tourist levy. The museum's running costs, which will rise now that it is larger and open longer, fall overwhelmingly on local taxpayers. Those taxpayers have already contributed to the museum many times over, and it seems perfectly reasonable that they should not have to pay again at the door.</p>",
            ),
            (
                "paragraph",
                "<p>Visitors are in a different position. Most of them will spend an afternoon in the museum, perhaps once in their lives. A €12 ticket is modest compared with the cost of a night in a hotel or a meal in the old town, and comparable to what museums of similar quality charge in other European cities. It is hard to believe it will deter many people who have travelled to Ardmere to see its history.</p>",
            ),
            (
                "paragraph",
                "<p>The strongest objection is a principled one: that culture should be free to all, and that charging some people undermines that ideal. I have some sympathy with it. But free admission is never really free. It is paid for by someone, and at present that someone is the resident of Kilnside or Northbank who may never visit the museum at all, subsidising the tourist who does.</p>",
            ),
            (
                "paragraph",
                "<p>The museum should make the residents' card easy to obtain, extend it to students at the city's university and to people who work here but live outside the boundary, and review the price after a year. Done well, this is not a wall around the city's culture. It is a way of making sure that those who built the museum never have to pay to walk through its doors.</p>",
            ),
        ],
    },
    {
        "section": "opinion",
        "slug": "in-praise-of-the-dull-council-meeting",
        "headline": "In praise of the dull council meeting",
        "standfirst": "Local democracy is at its best when nothing much seems to be happening. Thursday's by-election in Northbank is a reminder of why that matters.",
        "dateline": "",
        "days_ago": 19,
        "authors": [("rupert-hale", "")],
        "tags": ["city council", "elections", "democracy"],
        "hero": {
            "subject": "A near-empty public gallery above a council committee room",
            "caption": "The public gallery during a planning committee meeting at City Hall.",
            "credit": "Saoirse Dunleavy/Lord's Press",
        },
        "syndication": None,
        "body": [
            (
                "paragraph",
                "<p>Last Tuesday evening I spent four hours in the public gallery of the council chamber, watching the planning committee consider, among other things, an application to convert a former bank on Harbour Street into flats, a proposal to move a bus stop forty metres along Kiln Road and an objection to the colour of a shopfront in the old town. There were eleven of us in the gallery. By nine o'clock there were four.</p>",
            ),
            (
                "paragraph",
                "<p>It was, by any ordinary standard, extremely dull. It was also local democracy working more or less as it should. Each application was presented by an officer, questioned by councillors who had clearly read the papers, and decided by a vote. Residents who had objected were given three minutes to speak, and several of them changed the outcome. The bus stop stayed where it was.</p>",
            ),
            (
                "pull_quote",
                {
                    "quote": "Boredom is not a sign that democracy has failed. Very often it is the sound of democracy succeeding.",
                    "attribution": "Rupert Hale",
                    "role": "Columnist",
                },
            ),
            (
                "paragraph",
                "<p>We have come to expect politics to be exciting, which is to say we have come to expect it to be a spectacle: confidence votes, resignations, rows about contracts. Those moments have their place, and a newspaper would be failing in its duty if it did not report them. But they are not where most decisions are made, and they give a misleading impression of what a council is for.</p>",
            ),
            (
                "paragraph",
                "<p>Most of what a city council does is unglamorous: deciding where the bins go, which roads are resurfaced, whether a café may put tables on the pavement. These are exactly the decisions that shape daily life, and they are made, for the most part, by people who are paid very little and who spend their evenings reading planning documents. They deserve more attention than they get.</p>",
            ),
            ("divider", None),
            (
                "paragraph",
                "<p>The Northbank by-election on Thursday will very probably be decided on a turnout of around a quarter. That is a shame, because the ward's next councillor will spend the coming years making decisions about the things residents care about most. Voters who feel that nothing ever changes might be surprised by how much changes in a four-hour committee meeting.</p>",
            ),
            (
                "paragraph",
                "<p>So here is a modest proposal. Go to a council meeting. Not a dramatic one; a dull one. Take a flask. Watch a committee decide something small. You will not be entertained, but you might come away with a clearer idea of who runs your city, and how, and with the uncomfortable sense that they could do with a little more company.</p>",
            ),
        ],
    },
    {
        "section": "opinion",
        "slug": "heat-is-the-new-winter",
        "headline": "Heat is the new winter, and Ardmere is not ready for it",
        "standfirst": "The city has gritters, snow ploughs and a cold-weather plan. It has no plan for a week of hot nights. It should write one before it needs it.",
        "dateline": "",
        "days_ago": 35,
        "authors": [("nadia-kowalczyk", "")],
        "tags": ["heatwave", "climate", "health"],
        "hero": {
            "subject": "Children playing in a fountain on a hot afternoon",
            "caption": "Children cool off in the fountain on Corn Market square during last summer's hottest week.",
            "credit": "Mariam Idris/Lord's Press",
        },
        "syndication": None,
        "body": [
            (
                "paragraph",
                "<p>Every autumn, Ardmere City Council publishes its winter plan. It sets out how many tonnes of grit are stockpiled in the depots, which roads will be treated first, where emergency shelters will open when temperatures fall below freezing and how the council will check on older residents living alone. It is a sensible document, refined over decades, and nobody thinks it remarkable.</p>",
            ),
            (
                "paragraph",
                "<p>The city has no equivalent plan for summer. There is no published list of cooling centres, no agreed threshold at which outdoor workers' hours change, no system for telephoning vulnerable residents during a heatwave. The assumption, built into our institutions, is that this is a northern city, and that heat is a problem for other places.</p>",
            ),
            (
                "paragraph",
                "<p>That assumption is becoming dangerous. Ardmere recorded its highest ever temperature three summers ago, and the number of days above 30C has risen steadily over the past two decades. Many of the city's homes, particularly top-floor flats in older buildings and the tower blocks built in the 1960s, were designed to keep heat in, not out.</p>",
            ),
            (
                "pull_quote",
                {
                    "quote": "We plan for the weather we remember, not the weather we are going to get.",
                    "attribution": "Nadia Kowalczyk",
                    "role": "Transport and Environment Reporter",
                },
            ),
            (
                "paragraph",
                "<p>A heat plan need not be expensive. It would identify buildings that could serve as cooling centres and the staff needed to open them. It would set out how the council, the health service and community groups would share information about people at risk. It would change the rules on outdoor work, and it would plan now for the trees and shade that take years to grow.</p>",
            ),
            (
                "paragraph",
                "<p>Cities in southern Europe have learned these lessons the hard way, usually after a heatwave that killed hundreds of people before anyone noticed. Ardmere has the chance to learn them without paying that price. It will not have that chance for ever, and the summers are not waiting for the committee cycle.</p>",
            ),
            (
                "paragraph",
                "<p>The council's emergency planners say they are reviewing their arrangements. They should publish a draft before next summer, consult on it properly and then treat it with the same seriousness as the winter plan: tested every year, funded in advance and impossible to ignore. The grit lorries can stay. They just need company.</p>",
            ),
            ("related_article", "heat-study-urges-cities-to-plan-cooling-centres"),
        ],
    },
    {
        "section": "opinion",
        "slug": "brussels-notebook-in-defence-of-the-midnight-compromise",
        "headline": "Brussels notebook: in defence of the midnight compromise",
        "standfirst": "European summits are mocked for running through the night. After eight years of watching them, I have come to think the exhaustion is part of the design.",
        "dateline": "",
        "days_ago": 80,
        "authors": [("esther-ward", "")],
        "tags": ["european union", "democracy"],
        "hero": {
            "subject": "Journalists waiting in a press room late at night",
            "caption": "The press room in Brussels in the early hours of a summit.",
            "credit": "Esther Ward/Lord's Press",
        },
        "syndication": None,
        "body": [
            (
                "paragraph",
                "<p>There is a particular kind of silence in a Brussels press room at three in the morning. The coffee machines have long since run dry, the sandwiches have curled at the edges, and a few hundred journalists from twenty-seven countries are staring at their phones, waiting for a diplomat to emerge and tell them whether the thing they have been waiting for all day has happened. Usually it has not. Then, some time before dawn, it suddenly has.</p>",
            ),
            (
                "paragraph",
                "<p>Critics of the European Union like to point to these late-night negotiations as evidence of everything wrong with it: opaque, exhausting, decided by tired people behind closed doors. There is something in that. Decisions with consequences for hundreds of millions of people are regularly taken by ministers who have been awake for twenty hours, on the basis of texts that few of them have read in full.</p>",
            ),
            (
                "paragraph",
                "<p>And yet, after eight years of covering these meetings, I have come to a grudging respect for the midnight compromise. Part of its purpose is theatrical. Ministers need to be seen at home to have fought to the last, and nothing demonstrates that more convincingly than a press conference at dawn. A deal reached at four in the afternoon looks like a deal that could have been better.</p>",
            ),
            (
                "pull_quote",
                {
                    "quote": "A deal reached at four in the afternoon looks like a deal that could have been better.",
                    "attribution": "Esther Ward",
                    "role": "Brussels Correspondent",
                },
            ),
            (
                "paragraph",
                "<p>But the exhaustion is also functional. Positions that seemed immovable at lunchtime soften as the night wears on, not because ministers have been worn down but because they have had time to test every alternative and discover that there is no better one. The long night is how twenty-seven governments with genuinely different interests persuade themselves, and their voters, that they have found the least bad outcome.</p>",
            ),
            (
                "paragraph",
                "<p>It is not a system anyone would design from scratch, and it is not beyond reform. More of the preparatory work could be published, and there is no reason why texts agreed at dawn should take weeks to appear in full. But the next time you read of a summit that ran through the night, remember that the alternative to a tired compromise is rarely a fresh one. More often it is no agreement at all.</p>",
            ),
        ],
    },
]
