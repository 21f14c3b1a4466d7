FROM alpine
RU\
N echo split keyword
ENV A=1\
2
