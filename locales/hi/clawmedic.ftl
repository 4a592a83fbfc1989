# clawmedic — hi (translation pending; English is used as fallback)
