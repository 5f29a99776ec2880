# A security-room terminal: 802.1X supplicant material for eapol_test under /etc/eapol.
terminal_eapol_material
