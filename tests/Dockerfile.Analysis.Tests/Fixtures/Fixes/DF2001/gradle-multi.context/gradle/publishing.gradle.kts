// shared publishing settings
