FROM python:3.12-slim
WORKDIR /app
COPY requirements/prod.txt requirements/base.txt ./requirements/
RUN python -m pip install -r requirements/prod.txt
COPY . .
