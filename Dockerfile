FROM python:3.11-slim
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1
WORKDIR /app
COPY pyproject.toml README.md ./
COPY dealtracker ./dealtracker
COPY apps ./apps
RUN pip install --no-cache-dir .
COPY . .
RUN DEBUG=0 SECRET_KEY=collectstatic-only python manage.py collectstatic --no-input
EXPOSE 8000
CMD ["gunicorn", "dealtracker.wsgi", "--bind", "0.0.0.0:8000", "--workers", "3"]
