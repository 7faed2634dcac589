c = ['ab'; 'cd']
