"""Printed material: paper petition sheets, QR posters and flyers, submission bundles.

Qt-free; ReportLab draws every PDF, qrcode computes every QR matrix. The CLI and the
organiser and coordinator screens call these modules.
"""
