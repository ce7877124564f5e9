"""The accuracy evaluation behind `order-intake eval`: a labelled corpus through the real pipeline."""
