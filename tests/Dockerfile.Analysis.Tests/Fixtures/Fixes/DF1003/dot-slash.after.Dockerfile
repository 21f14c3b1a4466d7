FROM scratch
WORKDIR /srv/app
