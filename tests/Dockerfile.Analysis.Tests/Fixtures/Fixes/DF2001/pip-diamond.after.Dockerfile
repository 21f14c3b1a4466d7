FROM python:3.12-slim
WORKDIR /app
COPY requirements/prod.txt requirements/worker.txt requirements/common.txt ./requirements/
COPY constraints/pins.txt ./constraints/
RUN pip install --no-cache-dir -r requirements/prod.txt -r requirements/worker.txt
COPY . .
CMD ["python", "main.py"]
