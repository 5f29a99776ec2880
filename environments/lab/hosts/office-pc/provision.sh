# office workstation
