FROM python:3.12-slim
WORKDIR /app
COPY . .
RUN pip install poetry==1.8.3
RUN poetry config virtualenvs.create false && poetry install --no-root --only main
CMD ["python", "-m", "app"]
