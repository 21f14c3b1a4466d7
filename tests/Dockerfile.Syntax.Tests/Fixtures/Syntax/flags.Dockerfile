FROM --platform=$BUILDPLATFORM golang:1.22 AS build
RUN --mount=type=cache,target=/root/.cache --network=none go build ./...
COPY --from=build --chown=1000:1000 --chmod=0755 --link /out/app /usr/bin/app
ADD --checksum=sha256:abc --keep-git-dir=true https://example.com/x /x
COPY --parents --exclude=*.md ./docs/ /docs/
COPY -- --not-a-flag /dst
RUN --bad-flag echo hi
