FROM alpine
# the end