FROM alpine
# the end
