FROM python:3.12-slim
RUN pip --quiet install requests
