FROM python:3.12-slim
WORKDIR /app
COPY . .
# without a build context the files requirements.txt includes cannot be known
RUN pip install -r requirements.txt
