FROM alpine
HEALTHCHECK --interval=30s --timeout=3s CMD curl -f http://localhost/ || exit 1
HEALTHCHECK NONE
HEALTHCHECK --retries=3 CMD ["/bin/check", "--fast"]
