FROM golang:1.23 AS build
WORKDIR /src
COPY go.mod go.sum ./
COPY lib/go.mod ./lib/
COPY util/go.mod util/go.sum ./util/
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -o /out/app ./...

FROM gcr.io/distroless/static
COPY --from=build /out/app /app
ENTRYPOINT ["/app"]
