from wagtail.api.v2.router import WagtailAPIRouter

from api import views

api_router = WagtailAPIRouter("wagtailapi_v2")
# Page types first: the router links a page to the first endpoint whose model it is.
api_router.register_endpoint("articles", views.ArticlesAPIViewSet)
api_router.register_endpoint("sections", views.SectionsAPIViewSet)
api_router.register_endpoint("authors", views.AuthorsAPIViewSet)
api_router.register_endpoint("standard-pages", views.StandardPagesAPIViewSet)
api_router.register_endpoint("pages", views.ReaderPagesAPIViewSet)
api_router.register_endpoint("front-page", views.FrontPageAPIViewSet)
api_router.register_endpoint("images", views.ReaderImagesAPIViewSet)
api_router.register_endpoint("documents", views.ReaderDocumentsAPIViewSet)
