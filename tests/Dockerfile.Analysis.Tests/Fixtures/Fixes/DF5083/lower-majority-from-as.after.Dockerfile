from alpine:3.20 as build
run echo hi
copy a /a
from scratch as final
copy --from=build /a /a
