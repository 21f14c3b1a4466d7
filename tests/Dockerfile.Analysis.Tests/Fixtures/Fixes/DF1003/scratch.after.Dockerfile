FROM scratch
WORKDIR /app
COPY app /app/
