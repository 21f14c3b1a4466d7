FROM alpine
HEALTHCHECK NONE
HEALTHCHECK --interval=30s --timeout=3s --retries=3 CMD curl -f http://localhost/ || exit 1
HEALTHCHECK --start-period=5s CMD ["/bin/check", "--fast"]
HEALTHCHECK
