

  from   alpine:3.20   as   build
ARG   VERSION=1   OTHER
env A=1    B="two  words"
   RUN   echo   hello   
COPY   --from=build   --chown=1000:1000   /src   /dst



EXPOSE   80/tcp   443
LABEL a=b    "c d"="e  f"
volume   /data   /logs
STOPSIGNAL   SIGTERM
