FROM python:3.12-slim
ARG REQUIREMENTS=requirements.txt
WORKDIR /app
COPY . .
RUN pip install -r $REQUIREMENTS
