from alpine:3.20 as build
run echo hi
copy a /a
FROM scratch AS final
copy --from=build /a /a
