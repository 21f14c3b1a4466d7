$$FROM
BOGUS some thing$$
RUN --mount= --network
COPY "unterminated $$
ENV =
ARG
FROM ${$$
LABEL a=$${b
RUN [ "sh", 1 ]$$
