FROM golang:1.23 AS build
WORKDIR /src
COPY api/go.mod api/go.sum ./api/
COPY go.work go.work.sum ./
COPY tools/go.mod ./tools/
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -o /out/app ./api

FROM gcr.io/distroless/static
COPY --from=build /out/app /app
ENTRYPOINT ["/app"]
