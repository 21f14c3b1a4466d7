FROM alpine
CMD ["sh","-c", "echo"]
ENTRYPOINT []
