FROM composer:2 AS vendor
WORKDIR /app
COPY composer.json composer.lock auth.json ./
RUN composer install --no-dev --no-scripts --no-autoloader --prefer-dist
COPY . .
RUN composer dump-autoload --optimize --classmap-authoritative
