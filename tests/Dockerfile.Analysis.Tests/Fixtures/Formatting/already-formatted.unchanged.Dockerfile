# syntax=docker/dockerfile:1
FROM alpine:3.20 AS build
RUN apk add --no-cache \
    curl \
    # pinned elsewhere
    git
COPY --from=build /a /b
CMD ["sh", "-c", "echo hi"]
