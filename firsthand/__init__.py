"""Firsthand: plan and write social-media posts that sound like you."""

__version__ = "0.1.0"
