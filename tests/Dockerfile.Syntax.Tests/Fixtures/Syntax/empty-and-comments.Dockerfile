
# only a comment

FROM alpine   
   # indented comment
RUN    echo   spaced   
