SECRET_KEY = "read-from-the-environment-in-production"
INSTALLED_APPS = ["django.contrib.contenttypes"]
ROOT_URLCONF = "shop.urls"
