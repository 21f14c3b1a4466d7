# syntax=docker/dockerfile:1
# escape=\
# check=skip=JSONArgsRecommended;error=true
FROM scratch
