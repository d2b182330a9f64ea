"""The post editor and its coach."""
