FROM scratch
WORKDIR "data"
