FROM python:3.12-slim
WORKDIR /app
RUN pip install poetry==1.8.3
COPY pyproject.toml poetry.lock poetry.toml ./
RUN poetry config virtualenvs.create false && poetry install --no-root --only main
COPY . .
CMD ["python", "-m", "app"]
