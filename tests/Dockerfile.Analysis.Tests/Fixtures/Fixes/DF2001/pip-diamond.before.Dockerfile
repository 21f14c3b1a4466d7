FROM python:3.12-slim
WORKDIR /app
COPY . .
RUN pip install --no-cache-dir -r requirements/prod.txt -r requirements/worker.txt
CMD ["python", "main.py"]
