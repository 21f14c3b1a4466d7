FROM scratch
WORKDIR app/$NAME
