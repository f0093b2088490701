"""The organiser screen: edit a petition definition, preview its top sheet, print."""
