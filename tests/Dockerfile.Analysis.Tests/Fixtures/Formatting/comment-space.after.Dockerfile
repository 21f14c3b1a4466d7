# comment without a space
# comment with one
#!not a word
##double
FROM alpine
RUN a \
    # inside
    b
