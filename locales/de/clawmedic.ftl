# clawmedic — de (translation pending; English is used as fallback)
