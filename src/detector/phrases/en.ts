import type { LanguagePhrases } from './types';

export const en: LanguagePhrases = {
  pitch: {
    donation:
      'to keep it that way|keep it that way|please help us|every gift|your contribution|maintain our independence|protect our independence|preserve our independence|keep the lights on|can you spare|support from people like you|support from readers|away from our goal|no billionaire owner|no corporate owner|no corporate parent|chipping in|recurring gift|recurring donation|our lifeline|every dollar goes|give what they can|give what you can|sustaining member|become a sustainer|support public radio|support public media|double your impact|will be matched|matched dollar for dollar|dollar for dollar|don\'t have a paywall|help us hire|stand with us|quality journalism costs|journalism isn\'t free|journalism is not free|journalism costs money|good journalism costs|enjoy this blog|enjoying this blog|like this blog|like my blog|support this blog|support the blog|support my blog|supporting this blog|support our journalism|support independent journalism|support quality journalism|' +
      'support our work|support our mission|become a friend of|keep our reporting free|keeps our reporting free|support my work|supporting my work|sponsor my work|sponsoring my work|sponsor me on|keep this site running|keeps this site running|keep the site running|keeps the site running|support me on|supporting me on|consider supporting|support local journalism|supports local journalism|supporting local journalism|supports our journalism|supports independent journalism|value our work|value what we do|value our journalism|value our reporting|support this site|support the site|' +
      'supporting our journalism|support our ... journalism|supporting our ... journalism|support our ... reporting|supporting this site|supporting our site|supporting our work|' +
      'show your support|your support|without your support|with your support|thanks to your support|' +
      'we need your help|we need your support|need your help|help us keep|help keep|' +
      'rely on your support|rely on readers|we rely on|funded by readers|funded by our readers|' +
      'reader funded|reader supported|funded by its community|funded by our community|community funded|back us on|enjoying the blog|enjoy the blog|enjoying my blog|enjoy my blog|enjoying my work|enjoy my work|readers like you|listeners like you|viewers like you|users like you|people like you|visitors like you|members like you|supporters like you|supported by readers|' +
      'contributions from our readers|make a contribution|making a contribution|every contribution|' +
      'financial contribution*|contribute today|our journalism|small favor to ask|small favour to ask|' +
      'independent journalism|independent news|keep our journalism|keep it free|free for everyone|' +
      'available for everyone|free and open to all|become a member|become a ... member|become a supporter|become a patron|' +
      'join our members|as a member|membership|donate|donation*|donating|a gift of|monthly gift|' +
      'give monthly|tax deductible|chip in|pay what you can|buy us a coffee|buy me a coffee|tip jar|' +
      'leave a tip|leaving a tip|make a gift|we\'ve raised|we have raised|toward our goal|reach our goal|of our goal|make it monthly|choose an amount|select an amount|other amount|help us cover|our nonprofit|our non profit|readers who power|reader powered|helps keep|helps us keep|small donation|if you like what we do|if you enjoy what we do|go ad free|ad free|fewer ads|see fewer ads|support us|as little as|for as little as',
    reminder:
      'we\'ll remind you|we will remind you|remind you in|remind me later|maybe later|not now|no thanks|not ready to|ask me later|ask me again|' +
      'using an ad blocker|use an ad blocker|using ad blocker|ad blocker|ad blockers|adblocker|' +
      'adblocking|ad block|disable your ad|turn off your ad|whitelist|allowlist|we noticed|' +
      'we\'ve noticed|continue to the site|continue without',
    newsletter:
      'morning email|evening email|weekly email|daily email|daily ... email|weekly ... email|up to speed|be the first to know|free alerts|one email a day|one email a week|an email a day|newsletter*|sign up for our|sign up for|sign up to|sign up for ... newsletter*|email briefing|' +
      'get our ... newsletter*|receive our ... newsletter*|subscribe to ... newsletter*|sign up for ... email|sign up for ... emails|for our email|for our emails|more updates|get updates|for updates|' +
      'latest updates|subscribe to our newsletter|in your inbox|to your inbox|into your inbox|' +
      'delivered to your inbox|straight to your inbox|inbox|email updates|email alerts|news alerts|' +
      'breaking news alerts|text alerts|news by text|sms alerts|message and data rates|msg and data rates|message data rates|msg data rates|daily briefing|morning briefing|daily digest|weekly digest|email address|' +
      'enter your email|your email|mailing list|unsubscribe at any time|unsubscribe anytime|' +
      'by subscribing|delivered every|delivered daily|every weekday|stay informed|stay up to date|keep me up to date|keep me updated|keep me posted|emailed to you|' +
      // A sign-up form's consent line, which stays when the form itself is the page script's to draw.
      'by submitting your email|by entering your email|by providing your email|by submitting your information|by submitting your details|' +
      // The same words as older style guides spell them: "e-mail", "in-box".
      'e mail address|your e mail|e mail updates|e mail alerts|e mail briefing|daily e mail|weekly e mail|morning e mail|evening e mail|your in box|' +
      'by submitting your e mail|by entering your e mail|by providing your e mail',
    promo:
      'article limit|hit your limit|come back next month|offer ends|read without limits|unlimited reading|on the ... app|get our app|get our ... app|download our ... app|become a ... insider|free for members|join our reporters|join our journalists|unlimited puzzles|become an insider|on whatsapp|on telegram|telegram channel|our telegram|buy this article|buy the article|unlock this article|unlock this story|to read this story|to read this article|on your whatsapp|replica edition|register for free|book now|book your place|book your seat|our rss feed|rss feed|subscribe via rss|on your iphone|on your ipad|on your kindle|whatsapp channel|on google news|as a preferred source|your preferred source|digital edition|e edition|in the app|in our app|e paper|epaper|read the paper online|choose your plan|pick your plan|delivered to your door|subscribe to print|print subscription|home delivery|get notified|be notified|our channel|join our channel|get the app|get the ... app|download the app|download the ... app|download our app|open in app|our app|mobile app|free app|app download|app store|' +
      'google play|get it on|download on the|follow us|follow us on|like us on|become a fan|be a fan|find us on|like us on facebook|follow us on facebook|follow us on twitter|follow us on instagram|find us on facebook|follow ... on twitter|follow ... on facebook|follow ... on instagram|follow ... on pinterest|follow ... on linkedin|like ... on facebook|find ... on facebook|on flipboard|apple news|' +
      'connect with us|connect with|stay connected|stay in touch|keep in touch|follow|start following|subscribe now|subscribe today|subscribe on|subscribe to|subscribe|' +
      'subscription|subscriber*|special offer|limited time|per month|a month|first month|for only|for just|' +
      'per week|off for|free trial|try it free|free for a month|free for one month|print edition|the magazine|get the magazine|our magazine|get our ... magazine|' +
      'current issue|in this issue|the latest issue|the new issue|our youtube channel|our discord|discord server|join our discord|enable notifications|turn on notifications|push notifications|notifications|show you notifications|send you notifications|send you push notifications|allow notifications|' +
      'never miss|don\'t miss|miss a thing|keep up with|get the latest|receive ... updates|live updates|' +
      'exclusive|podcast*|upcoming event|register now|get tickets|buy tickets|early bird|save your spot|' +
      'join today|sign up now|become a contributor|become a ... contributor|become a ... subscriber|join our|go premium|premium|order today|order now|' +
      'grab your copy|get your copy|order your copy|our new book|our latest book|available now|free articles|free articles left|free article left|free stories|last free article|articles left this month|' +
      'free articles remaining|to keep reading|to continue reading|free account|reached your limit|reached your free|unlimited access|unlimited digital access|' +
      'unlock|unlock all|crossword*|try our new|exclusive discounts|member discounts|member benefits|subscriber benefits|all articles|first year|your first year|for subscribers|subscribers only|subscriber only|' +
      'listen to our|latest episode|new episode|new episodes|listen on|our podcast|wherever you get your podcasts|apple podcasts|' +
      'give the gift|gift subscription|give a gift|give a ... gift|free gift|join us at|join us for|readers save|our events|live event|reader event|visit the shop|visit our shop|our shop|our store|visit our store|our online store|every purchase|enter to win|enter our giveaway|our giveaway|enter our contest|our contest|our sweepstakes|chance to win|enter for a chance|no purchase necessary|reader survey|take our survey|take the survey|our survey|short survey|help shape|free guide|free e book|free ebook|download our guide|get the guide',
  },
  actions: {
    donate:
      'pitch in|back our work|give what you can|give monthly|i can help|yes i can help|make a gift|stand with us|donate|donate now|give|give now|contribute|contribute now|make a contribution|support us|' +
      'support now|support|sponsor|sponsor me|become a member|become a supporter|join now|chip in|pledge|paypal|patreon|' +
      'i\'ll give|give today|donate today|go premium',
    subscribe:
      'send it to me|start delivery|claim offer|claim your offer|claim the offer|get alerts|rsvp|play now|buy article|buy this article|get day pass|get a day pass|subscribe|subscribe now|subscribe today|sign up|sign me up|sign up now|join today|join|e edition|replica edition|create free account|create a free account|register for free|' +
      'register now|book now|start free trial|start my free trial|get started|get access|learn more|order now|' +
      'buy now|grab your copy|get offer|get the offer|see offers|see offer|view offers|see plans|view plans|' +
      'choose a plan|choose your plan|go ad free|book tickets|buy tickets|get tickets|visit the shop|shop now|visit our store|enter now|enter to win|take the survey|take our survey|get the guide',
    app: 'download|download now|get the app|download the app|open in app|open app|install|install the app|app store|google play',
    follow: 'follow|follow us|like us|like|facebook|twitter|instagram|youtube|mastodon|bluesky|visit our channel|add us on google|add as a preferred source|add as preferred source',
    listen: 'listen|listen now|listen here|play episode',
    putOff:
      'remind me|remind me next month|maybe next time|next time|another time|i\'ll do it later|close and continue reading|remind me later|maybe later|not now|not right now|not at this time|no thanks|no thank you|not today|later|ask me later|dismiss|cancel|' +
      'don\'t allow|do not allow|block|continue to site|continue reading|continue using|' +
      'i\'m not interested|not interested',
    account:
      'log in|login|sign in|log out|logout|sign out|my account|account|my profile|my details|' +
      'my newsletters|settings|welcome back|forgot your password|forgot password|reset password|reset your password|password',
  },
  ownVoice: 'we|us|our|ours',
  networks: 'social media|social networks|social channels',
  scan: 'scan the qr code|scan the code|scan this code|scan qr code|scan to download|scan to follow',
};
