<?php
namespace Acme\Shop;
final class Shop {}
