# clawmedic — zh-CN (translation pending; English is used as fallback)
