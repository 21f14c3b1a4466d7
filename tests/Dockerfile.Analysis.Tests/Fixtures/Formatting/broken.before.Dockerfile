from   alpine
RUN   echo   fine
NOTANINSTRUCTION   a   b
COPY   ok   /ok
run   [ "broken", ]
ENV   BROKEN
RUN   <<EOF
never closed
