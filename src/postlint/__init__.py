"""postlint — offline pre-publication checker for posts, press releases and pitches (FR/EN)."""
__version__ = "0.1.0"

__all__ = ["__version__"]
