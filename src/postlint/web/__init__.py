"""The review page: its server (`postlint.web.server`) and its own files (index.html, app.js, review.css,
app.css), served as they are — no external asset, nothing sent anywhere."""
