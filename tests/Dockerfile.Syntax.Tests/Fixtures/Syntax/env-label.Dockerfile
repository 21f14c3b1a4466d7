FROM alpine
ENV PATH /usr/local/bin:$PATH with spaces
ENV A=1 B="two words" C=three\ words
LABEL legacy value here
LABEL a=b "c d"="e f" g=
ENV BROKEN
