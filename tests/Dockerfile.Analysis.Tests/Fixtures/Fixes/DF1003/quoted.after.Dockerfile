FROM scratch
WORKDIR "/data"
